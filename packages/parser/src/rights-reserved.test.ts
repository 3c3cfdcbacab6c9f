import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRightsReserved } from "./line-kinds.js";
import "./test-support/fast-check-seed.js";

// The alternative as it stood in BOILERPLATE, as the oracle: the gate only spares the regex.
const ORACLE = /^(?:.*all rights reserved\.?)$/i;

describe("isRightsReserved", () => {
  it("agrees with the regex on the cases at its edges", () => {
    const cases = [
      "",
      ".",
      "reserved",
      "All rights reserved",
      "ALL RIGHTS RESERVED.",
      "© 2026 The Gazette. All Rights Reserved.",
      "All rights reserved..",
      "All rights reserved!",
      "All rights reserved .",
      "Line one\nAll rights reserved.",
      "Line one\u2028All rights reserved",
      "All rights reſerved",
      "All rights reserved\u212a",
      "All rıghts reserved",
      "all rights RESERVED",
    ];
    for (const text of cases) expect(isRightsReserved(text), text).toBe(ORACLE.test(text));
  });

  it("agrees with the regex on any line", () => {
    const piece = fc.oneof(
      fc.constantFrom("all rights ", "ALL RIGHTS ", "reserved", "RESERVED", "ReSeRvEd", "."),
      fc.constantFrom(" ", "\n", "\u2028", "ſ", "\u212a", "ı", "😀", "\ud800", "r", "R", "d"),
      fc.string({ unit: "binary", maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join("");
        expect(isRightsReserved(text)).toBe(ORACLE.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
