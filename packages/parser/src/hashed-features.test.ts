import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashedFeatures, MAX_HASHED_FEATURES, type SignalKind } from "./hashed-features.js";
import { countWords } from "./words.js";

const KINDS: SignalKind[] = ["lede", "ending", "headline"];

function features(text: string, kind: SignalKind, words?: number): number[] {
  const out = new Int32Array(MAX_HASHED_FEATURES);
  return [...out.subarray(0, hashedFeatures(text, kind, out, words))];
}

// Words and the characters between them, with joiners and capitals, so that texts run past
// the models' 15 and 30 words (and the word-count buckets past them) and split oddly.
const piece = fc.constantFrom("Tide ", "rose ", "U.S. ", "it’s ", "a..b ", "well-", "4.2 ", ", ");

describe("hashedFeatures without a word count", () => {
  it.each(KINDS)("counts the %s text's words as countWords does", (kind) => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80, size: "max" }), (pieces) => {
        const text = pieces.join("").trimEnd();
        expect(features(text, kind)).toEqual(features(text, kind, countWords(text)));
      }),
      { numRuns: 300 },
    );
  });

  it.each(KINDS)("counts %s texts of 15, 16, 30, 31 and 40 words", (kind) => {
    for (const length of [15, 16, 30, 31, 40]) {
      const text = Array.from({ length }, () => "word").join(" ");
      expect(features(text, kind)).toEqual(features(text, kind, countWords(text)));
    }
  });
});
