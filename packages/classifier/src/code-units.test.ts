import { describe, expect, it } from "vitest";
import { codeUnitsOf } from "./code-units.js";

describe("codeUnitsOf", () => {
  it("holds every UTF-16 code unit of the text, then a 0", () => {
    const text = "Kyiv — “São Paulo” 𝐀 \ud800 ok";
    const units = codeUnitsOf(text);
    for (let k = 0; k < text.length; k++) expect(units[k]).toBe(text.charCodeAt(k));
    expect(units[text.length]).toBe(0);
  });

  it("grows for a text longer than any before", () => {
    const text = "ab".repeat(5000);
    const units = codeUnitsOf(text);
    expect(units[9999]).toBe(98);
    expect(units[10000]).toBe(0);
  });
});
