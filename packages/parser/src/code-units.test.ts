import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeUnitsOf, tailUnitsOf } from "./code-units.js";

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

  it("writes only the first units asked for", () => {
    codeUnitsOf("zzzzzz");
    const units = codeUnitsOf("abcdef", 3);
    expect([...units.subarray(0, 4)]).toEqual([97, 98, 99, 122]);
    expect(codeUnitsOf("ab", 10)[1]).toBe(98);
  });

  it("holds a text's last units from index 0, or all of a shorter text", () => {
    expect([...tailUnitsOf("abcdef", 2).subarray(0, 2)]).toEqual([101, 102]);
    expect([...tailUnitsOf("ab", 5).subarray(0, 2)]).toEqual([97, 98]);
  });
});
