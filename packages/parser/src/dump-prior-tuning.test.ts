import { describe, expect, it } from "vitest";
import { emptySpan, type Head } from "./article-span.js";
import { withDumpPrior } from "./dump-prior-tuning.js";
import { DEFAULT_DECODER, DEFAULT_TUNING, SHORT_DUMPS } from "./segment-tuning.js";
import type { ParagraphFeatures } from "./text-features.js";

/** A dump of `stories` headed stories of `length` body paragraphs each. */
function dump(stories: number, length: number): { features: ParagraphFeatures[]; heads: Head[] } {
  const features: ParagraphFeatures[] = [];
  const heads: Head[] = [];
  for (let s = 0; s < stories; s++) {
    const first = features.length;
    heads.push({ span: emptySpan(first), bodyStart: first + 1 });
    for (let p = 0; p <= length; p++)
      features.push({
        kind: "text",
        words: p === 0 ? 6 : 40,
        headlineLike: p === 0,
        dateline: null,
        continuationOpening: false,
        allCaps: false,
      });
  }
  return { features, heads };
}

describe("withDumpPrior", () => {
  it("decodes a dump of briefs' short stretches too, with stories of two paragraphs", () => {
    const { features, heads } = dump(8, 3);
    const decoder = withDumpPrior(DEFAULT_TUNING, features, heads).decoder;
    expect(decoder?.minStretch).toBe(SHORT_DUMPS.minStretch);
    expect(decoder?.fewest).toBe(SHORT_DUMPS.minParagraphs);
    expect(decoder?.prior).toBeDefined();
  });

  it("leaves a dump of longer stories' short stretches to be judged gap by gap", () => {
    // Stories of ten: shorter than the corpus's, so the prior is the dump's, but no briefs.
    const { features, heads } = dump(8, 10);
    const decoder = withDumpPrior(DEFAULT_TUNING, features, heads).decoder;
    expect(decoder?.minStretch).toBe(DEFAULT_DECODER.minStretch);
    expect(decoder?.fewest).toBeUndefined();
    expect(decoder?.shortEnd).toBeUndefined();
  });

  it("decodes as before without ShortDumps", () => {
    const { features, heads } = dump(8, 3);
    const tuning = { ...DEFAULT_TUNING, shortDumps: undefined };
    const decoder = withDumpPrior(tuning, features, heads).decoder;
    expect(decoder?.minStretch).toBe(DEFAULT_DECODER.minStretch);
    expect(decoder?.fewest).toBeUndefined();
  });
});
