import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords } from "./words.js";

describe("countWords", () => {
  it.each<[string, number]>([
    ["", 0],
    ["  — , . ", 0],
    ["The pier opened.", 3],
    ["U.S. officials met in well-known Holt’s café", 7],
    ["He said: “it’s 4.2 million crowns” — twice.", 7],
    ["naïve cafe\u0301 zürich 中文", 4],
  ])("counts %j as %i", (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it("agrees with a regular expression for words joined by apostrophes, stops and hyphens", () => {
    const reference = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
    const unit = fc.constantFrom(
      "a",
      "Z",
      "é",
      "\u0301",
      "5",
      "'",
      "’",
      ".",
      "-",
      " ",
      ",",
      "—",
      "中",
      "\n",
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(countWords(text)).toBe([...text.matchAll(reference)].length);
      }),
      { numRuns: 300 },
    );
  });
});
