import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineEndsSentence } from "./line-stop.js";

// The regex lineEndsSentence stands in for, as the oracle.
const SENTENCE_END = /(?<!(?:^|[\s.(])\p{Lu})[.!?]["”’')\]]*$/u;

describe("lineEndsSentence", () => {
  it("reads a sentence's end and an initial's stop as the regex does", () => {
    const cases = [
      "The council voted.",
      "He said: “We will.”",
      "Donald J.",
      "J.",
      "(B.",
      "Ritchie B.",
      "the ÉU.",
      "an É.",
      "Is it?)",
      "No stop here",
      "",
      "Wow!'",
      "a 𝐀.",
      "\u{1d400}.",
      "x\udc00.",
    ];
    for (const line of cases) expect(lineEndsSentence(line), line).toBe(SENTENCE_END.test(line));
  });

  it("agrees with the regex on any line", () => {
    const pieces = ["A", "b", "É", "é", "𝐀", " ", ".", "!", "?", "(", '"', "”", "’", "'", ")", "]"];
    const piece = fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: "binary", maxLength: 2 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const line = parts.join("");
        expect(lineEndsSentence(line)).toBe(SENTENCE_END.test(line));
      }),
      { numRuns: 5000 },
    );
  });
});
