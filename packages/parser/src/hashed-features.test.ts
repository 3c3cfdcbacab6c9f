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

  it("reads an ending's last words from its tail as from the whole text", () => {
    // Long words and joiners put the 15th word from the end on either side of the 160 units
    // the ending model copies alone, and across that boundary.
    const word = fc
      .tuple(fc.integer({ min: 1, max: 16 }), fc.constantFrom(" ", "’", "-", ". ", "'s "))
      .map(([n, after]) => `${"Ab".repeat(n).slice(0, n)}${after}`);
    fc.assert(
      fc.property(fc.array(word, { minLength: 10, maxLength: 40 }), (words) => {
        const text = words.join("").trimEnd();
        expect(features(text, "ending", countWords(text))).toEqual(features(text, "ending"));
      }),
      { numRuns: 1000 },
    );
  });

  it.each(KINDS)("counts %s texts of 15, 16, 30, 31 and 40 words", (kind) => {
    for (const length of [15, 16, 30, 31, 40]) {
      const text = Array.from({ length }, () => "word").join(" ");
      expect(features(text, kind)).toEqual(features(text, kind, countWords(text)));
    }
  });
});
