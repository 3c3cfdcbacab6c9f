import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CaseRule } from "./beat-lexicon.js";
import { compiledDataFingerprint } from "./compiled-data-fingerprint.js";
import { classifierOf, compileParts } from "./create-classifier.js";
import { loadFixtureArticles } from "./eval/fixture-articles.js";
import { loadBeatCombiner } from "./load-data.js";
import { restoreParts } from "./restore-parts.js";
import { serializeParts } from "./serialize-parts.js";

const dir = fileURLToPath(new URL("../../../fixtures/articles/", import.meta.url));
const articles = loadFixtureArticles(dir).map((l) => l.article);

describe("the compiled data", () => {
  const parts = compileParts();
  const bytes = serializeParts(parts, "test");

  it("classifies every fixture as the data compiled from data/ does, restored", () => {
    const restored = restoreParts(bytes, "test");
    expect(restored).toBeDefined();
    const combiner = loadBeatCombiner();
    const compiled = classifierOf(parts, combiner);
    const fromFile = classifierOf(restored as NonNullable<typeof restored>, combiner);
    // Long articles too (three fixtures joined), as the bench and the pinned outputs use.
    const joined = articles.map((a, i) => ({
      ...a,
      paragraphs: [...a.paragraphs, ...(articles[(i + 5) % articles.length]?.paragraphs ?? [])],
    }));
    for (const a of [...articles, ...joined]) {
      expect(JSON.stringify(fromFile.explain(a))).toBe(JSON.stringify(compiled.explain(a)));
    }
    expect(fromFile.taxonomy).toEqual(compiled.taxonomy);
    // The lower-case-only rule (the case bits' fourth value) survives the round trip.
    const rules = (p: typeof parts) => p.lexicon.phrases.get("labour")?.map((e) => e.caseRules);
    expect(rules(restored as NonNullable<typeof restored>)).toEqual(rules(parts));
    expect(rules(parts)).toContainEqual([CaseRule.LowerOnly]);
  }, 60_000);

  it("restores the lexicon's numbered phrase table as compiled, node for node", () => {
    const restored = restoreParts(bytes, "test") as NonNullable<ReturnType<typeof restoreParts>>;
    const [a, b] = [parts.lexicon.flat, restored.lexicon.flat];
    expect(Array.from(b.roots)).toEqual(Array.from(a.roots));
    expect(Array.from(b.hasNext)).toEqual(Array.from(a.hasNext));
    expect(Array.from(b.children.snapshot().slots)).toEqual(
      Array.from(a.children.snapshot().slots),
    );
    const named = (values: typeof a.values) =>
      values.map((v) => v?.map((e) => `${e.index} ${e.term}`));
    expect(named(b.values)).toEqual(named(a.values));
  });

  it("is not used when the data or code it came from changed", () => {
    expect(restoreParts(bytes, "another")).toBeUndefined();
    expect(compiledDataFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});
