import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeUnitsOf } from "./code-units.js";

describe("codeUnitsOf", () => {
  it("holds every code unit of the text, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        const units = codeUnitsOf(`${text}\ud800x\udc00`);
        const expected = [...`${text}\ud800x\udc00`].join("");
        for (let i = 0; i < expected.length; i++) expect(units[i]).toBe(expected.charCodeAt(i));
      }),
      { numRuns: 300 },
    );
  });

  it("grows for texts longer than its first array", () => {
    const long = "ab\u2019c ".repeat(20_000);
    const units = codeUnitsOf(long);
    expect(units[long.length - 2]).toBe("c".charCodeAt(0));
    expect(units[2]).toBe(0x2019);
  });
});
