import { describe, expect, it } from "vitest";
import { type ArticleSpan, emptySpan } from "./article-span.js";
import { briefsByFoundStarts, mayReadAsBriefs } from "./found-briefs.js";
import { LEARNED_LENGTH_PRIOR } from "./learned/decoder-data.js";
import type { DecoderTuning } from "./segment-decoder.js";
import { DEFAULT_TUNING, SHORT_DUMPS, segmentTuning } from "./segment-tuning.js";
import type { ParagraphFeatures } from "./text-features.js";

const text: ParagraphFeatures = {
  kind: "text",
  words: 40,
  headlineLike: false,
  dateline: null,
  continuationOpening: false,
  allCaps: false,
};

/** `stories` articles found of `length` body paragraphs each, the first under a headline. */
function found(
  stories: number,
  length: number,
): {
  features: ParagraphFeatures[];
  spans: ArticleSpan[];
} {
  const features: ParagraphFeatures[] = [{ ...text, words: 6, headlineLike: true }];
  const spans: ArticleSpan[] = [];
  for (let s = 0; s < stories; s++) {
    const span = emptySpan(s === 0 ? 0 : features.length);
    if (s === 0) span.headline = 0;
    for (let p = 0; p < length; p++) features.push(text);
    span.last = features.length - 1;
    spans.push(span);
  }
  return { features, spans };
}

// The tuning a dump whose explicit starts read long was segmented with: no short stories.
const LONG = segmentTuning(DEFAULT_TUNING);

describe("briefsByFoundStarts", () => {
  it("reads a dump again as briefs where the articles found run short", () => {
    const { features, spans } = found(8, 3);
    const decoder = briefsByFoundStarts(DEFAULT_TUNING, features, spans)?.decoder;
    expect(decoder?.fewest).toBe(SHORT_DUMPS.minParagraphs);
    expect(decoder?.minStretch).toBe(SHORT_DUMPS.minStretch);
    expect(decoder?.prior).toBeDefined();
  });

  it("leaves a dump of longer articles as it was segmented", () => {
    const { features, spans } = found(8, 9);
    expect(briefsByFoundStarts(DEFAULT_TUNING, features, spans)).toBeUndefined();
  });

  it("does nothing without ShortDumps", () => {
    const { features, spans } = found(8, 3);
    const tuning = { ...DEFAULT_TUNING, shortDumps: undefined };
    expect(briefsByFoundStarts(tuning, features, spans)).toBeUndefined();
  });
});

describe("mayReadAsBriefs", () => {
  it("lets a dump whose explicit starts read long be read as briefs", () => {
    expect(mayReadAsBriefs(DEFAULT_TUNING, LONG)).toBe(true);
  });

  it("leaves a dump its explicit starts read as short stories already", () => {
    const decoder = { ...(LONG.decoder as DecoderTuning), fewest: SHORT_DUMPS.minParagraphs };
    expect(mayReadAsBriefs(DEFAULT_TUNING, { ...LONG, decoder })).toBe(false);
  });

  it("leaves a piece of a large dump with the prior read before its pieces", () => {
    const decoder = { ...(DEFAULT_TUNING.decoder as DecoderTuning), prior: LEARNED_LENGTH_PRIOR };
    expect(mayReadAsBriefs({ ...DEFAULT_TUNING, decoder }, LONG)).toBe(false);
  });

  it("leaves a dump without ShortDumps", () => {
    expect(mayReadAsBriefs({ ...DEFAULT_TUNING, shortDumps: undefined }, LONG)).toBe(false);
  });
});
