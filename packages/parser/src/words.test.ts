import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeUnitsOf } from "./code-units.js";
import {
  countWords,
  countWordUnits,
  isWordChar,
  stemId,
  termId,
  unitsTermId,
  WordReader,
  wordEnd,
} from "./words.js";

// Word-building characters, with the ones that need care: joiners, "s" after an apostrophe,
// upper case, letters outside a-z.
const wordUnit = fc.constantFrom(
  "a",
  "Z",
  "s",
  "S",
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
    fc.assert(
      fc.property(fc.string({ unit: wordUnit, maxLength: 40 }), (text) => {
        expect(countWords(text)).toBe([...text.matchAll(reference)].length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("countWordUnits", () => {
  it("counts from the start or from just past any word as countWords counts that text", () => {
    const reference = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
    fc.assert(
      fc.property(fc.string({ unit: wordUnit, maxLength: 40 }), (text) => {
        const units = codeUnitsOf(text);
        expect(countWordUnits(units, text.length, 0)).toBe(countWords(text));
        const found = [...text.matchAll(reference)];
        found.forEach((match, k) => {
          const end = match.index + match[0].length;
          expect(countWordUnits(codeUnitsOf(text), text.length, end)).toBe(found.length - k - 1);
        });
      }),
      { numRuns: 300 },
    );
  });
});

/** The reading WordReader fuses, spelled out step by step. */
function readSlowly(text: string, start: number) {
  const end = wordEnd(text, start);
  let stop = end;
  const last = text.charCodeAt(stop - 1);
  const apostrophe = text.charCodeAt(stop - 2);
  if (
    (last === 115 || last === 83) &&
    stop - start > 2 &&
    (apostrophe === 39 || apostrophe === 0x2019)
  )
    stop -= 2;
  while (stop > start && "'’.-".includes(text.charAt(stop - 1))) stop--;
  return { end, stop, stem: stemId(text, start, stop) };
}

describe("WordReader", () => {
  it.each([
    ["Russia’s", 8, 6],
    ["U.S.’s", 6, 3],
    ["said.", 5, 4],
    ["well-known", 10, 10],
    ["it's", 4, 2],
  ])("reads %j to %i, its stem and name ending at %i", (text, end, stop) => {
    const reader = new WordReader();
    reader.read(codeUnitsOf(text), text.length, 0);
    expect([reader.end, reader.stop]).toEqual([end, stop]);
  });

  it("gives what wordEnd, a stem end and stemId give, one step at a time", () => {
    const reader = new WordReader();
    fc.assert(
      fc.property(fc.string({ unit: wordUnit, maxLength: 30 }), (text) => {
        for (let i = 0; i < text.length; i++) {
          if (!isWordChar(text.charCodeAt(i))) continue;
          reader.read(codeUnitsOf(text), text.length, i);
          const { end, stop, stem } = reader;
          expect({ end, stop, stem }).toEqual(readSlowly(text, i));
          i = end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("unitsTermId", () => {
  it("gives the termId of the same text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), fc.nat(30), (text, cut) => {
        const end = Math.min(cut, text.length);
        expect(unitsTermId(codeUnitsOf(text), 0, end)).toBe(termId(text, 0, end));
      }),
      { numRuns: 300 },
    );
  });
});
