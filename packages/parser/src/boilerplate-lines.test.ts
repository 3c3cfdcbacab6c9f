import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOILERPLATE_PATTERNS, isBoilerplateLine, PICTURE_AGENCY } from "./line-kinds.js";
import "./test-support/fast-check-seed.js";

// The alternation as it stood before two of its alternatives were split off behind their gates.
const WHOLE_ALTERNATION = new RegExp(
  `^(?:${[
    ...BOILERPLATE_PATTERNS.map((pattern) =>
      pattern === PICTURE_AGENCY ? `(?:[^./]{2,40}\\s*/\\s*)?${pattern}` : pattern,
    ),
    ".*all rights reserved\\.?",
  ]
    .map((pattern) => `(?:${pattern})`)
    .join("|")})$`,
  "i",
);

// isBoilerplateLine must answer as the one alternation did: the split only spares the regex work.
describe("isBoilerplateLine", () => {
  it("keeps the photographer's credit among the patterns", () => {
    expect(BOILERPLATE_PATTERNS).toContain(PICTURE_AGENCY);
  });

  it("agrees with the whole alternation at the edges of the split alternatives", () => {
    const cases = [
      "",
      "/",
      "Reuters",
      "a/Reuters",
      "ab/Reuters",
      "ab / AFP via Getty Images",
      `${"n".repeat(40)}/AP`,
      `${"n".repeat(41)}/AP`,
      `${"n".repeat(40)}  \t/  EPA`,
      "Ana Lima./AFP",
      "A.na Lima/AFP",
      "Ana Lima/Desk/AFP",
      "Ana\nLima/PA Media",
      "Ana Lima/AFP.",
      "Ana Lima/AFP via Getty Images",
      "Ana Lima/Bloomberg via getty images ",
      "all rights reserved",
      "All Rights Reserved.",
      "ALL RIGHTS RESERVED..",
      "(c) 2026 The Desk. All rights reserved.",
      "The Desk\nAll rights reserved.",
      "The Desk\u2028All rights reserved",
      "All rights reserve\u0111",
      "All rights reserved ",
      "All ri\u017fhts reserved",
      "Copyright 2026",
      "Advertisement",
      "share",
    ];
    for (const text of cases)
      expect(isBoilerplateLine(text), text).toBe(WHOLE_ALTERNATION.test(text));
  });

  it("agrees with the whole alternation on lines built of their pieces", () => {
    const piece = fc.constantFrom(
      "/",
      " / ",
      ".",
      " ",
      "\t",
      "\n",
      "\u2028",
      "n",
      "Ana Lima",
      "AFP",
      "Getty Images",
      " via getty images",
      "Reuters",
      "pa images",
      "all rights reserved",
      "All Rights Reserved",
      "D",
      "d",
      "copyright 2026 ",
      "©",
      "😀",
    );
    fc.assert(
      fc.property(
        // Plain letters first, about the name's bounds of 2 and 40.
        fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 36, max: 44 })),
        fc.array(piece, { maxLength: 6 }),
        (plain, parts) => {
          const text = `${"n".repeat(plain)}${parts.join("")}`;
          expect(isBoilerplateLine(text)).toBe(WHOLE_ALTERNATION.test(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("agrees with the whole alternation on credits with names about the bounds", () => {
    // A name of up to 45 letters, with one odd unit before or after it or none.
    const odd = fc.constantFrom("", " ", ".", "/", "\n", "😀");
    fc.assert(
      fc.property(
        fc
          .tuple(odd, fc.integer({ min: 0, max: 45 }), odd)
          .map(([before, letters, after]) => `${before}${"a".repeat(letters)}${after}`),
        fc.constantFrom("/", " / ", "/\t", "", " "),
        fc.constantFrom("AFP", "Getty Images", "pa media", "Reuters via Getty Images", "Desk"),
        fc.constantFrom("", ".", " ", "d"),
        (name, slash, agency, tail) => {
          const text = `${name}${slash}${agency}${tail}`;
          expect(isBoilerplateLine(text)).toBe(WHOLE_ALTERNATION.test(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
