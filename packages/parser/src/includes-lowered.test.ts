import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LowerCasedSearch } from "./includes-lowered.js";
import "./test-support/fast-check-seed.js";

const search = new LowerCasedSearch();
const holds = (text: string, needle: string) => search.look(needle).foundIn(text);

// Characters whose lower case needs care: one that becomes two ("İ"), one that becomes ASCII
// (the Kelvin sign), one that depends on its neighbours ("Σ"), a surrogate pair with a lower
// case of its own ("𐐀"), capitals in and out of ASCII, marks, curly quotes; "Ā" and "ā" share
// their low byte with other characters here.
const unit = fc.constantFrom(
  ...["a", "A", "z", "Z", " ", "i", "İ", "\u0307", "k", "\u212a", "Σ", "σ", "ς", "𐐀", "𐐨"],
  ...["É", "é", "“", "’", ".", "1", "Ā", "ā", "\u0161", "\u0141", "ł"],
);
const text = fc.array(unit, { maxLength: 24 }).map((units) => units.join(""));

describe("LowerCasedSearch", () => {
  it.each<[string, string, boolean]>([
    ["The Harbour Council met", "harbour council", true],
    ["The Harbour Council met", "harbour councils", false],
    ["THE HARBOUR COUNCIL", "harbour council", true],
    ["The Harbour Council met", "Harbour", false],
    ["ÉCOLE DU PORT", "école du", true],
    ["Kİ", "ki\u0307", true],
    ["\u212a", "k", true],
    ["ΟΔΟΣ ΚΑΙ", "οδο", true],
    ["short", "", true],
  ])("finds in %j lower-cased %j: %s", (haystack, needle, found) => {
    expect(holds(haystack, needle)).toBe(found);
  });

  it("agrees with lower-casing the text and searching the copy", () => {
    fc.assert(
      fc.property(text, text, fc.nat(), (haystack, other, at) => {
        // Needles taken from the text itself match as often as not.
        const lowered = haystack.toLowerCase();
        const start = lowered.length === 0 ? 0 : at % lowered.length;
        for (const needle of [
          lowered.slice(start, start + 1 + (at % 5)),
          other.toLowerCase(),
          other,
        ]) {
          expect(holds(haystack, needle)).toBe(lowered.includes(needle));
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("answers for a long text of repeats that almost match", () => {
    const haystack = "a".repeat(200_000);
    expect(holds(haystack, `${"a".repeat(300)}b`)).toBe(false);
    expect(holds(`${haystack}B`, `${"a".repeat(300)}b`)).toBe(true);
    // Every place ends like the needle: the comparisons run out and the native search answers.
    expect(holds(haystack, `b${"a".repeat(300)}`)).toBe(false);
    expect(holds(`B${haystack}`, `b${"a".repeat(300)}`)).toBe(true);
  });
});
