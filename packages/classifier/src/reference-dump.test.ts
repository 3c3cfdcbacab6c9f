import { describe, expect, it } from "vitest";
import { createClassifier } from "./create-classifier.js";
import { DEFAULT_SEEDS, loadReferenceDump } from "./eval/reference-dump.js";

// The reference dump is real published text: it stays outside the repository and is read at
// run time, never copied in.
const reference = loadReferenceDump();

describe.skipIf(reference.length === 0)("the reference dump", () => {
  const classifier = createClassifier();
  it("every primary region right, every primary beat acceptable", () => {
    const got = reference.map((t) => {
      const r = classifier.classify(t.article);
      return { region: r.regions[0]?.id, beatOk: t.beats.includes(r.beats[0]?.id ?? "") };
    });
    expect(got.map((g) => g.region)).toEqual(reference.map((t) => t.region));
    expect(got.map((g) => g.beatOk)).toEqual(reference.map(() => true));
  });
});

if (reference.length === 0) {
  console.warn(`reference dump test skipped: no *.truth.json in ${DEFAULT_SEEDS}`);
}
