import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRoleLine, ROLE_LINE } from "./under-headline.js";
import "./test-support/fast-check-seed.js";

// isRoleLine must answer as the regex alone does: its gates only spare the regex.
describe("isRoleLine", () => {
  it("agrees with the regex at the bounds of length and end", () => {
    const cases = [
      "",
      "a",
      "AP",
      "BBC News",
      "BBC News.",
      "Political correspondent!",
      "Political correspondent?",
      "Chief Economics Writer, Lagos",
      `Staff ${"a".repeat(74)}`,
      `Staff ${"a".repeat(75)}`,
      `Staff ${"😀".repeat(37)}`,
      `Staff ${"😀".repeat(38)}`,
      `Staff ${"😀".repeat(77)}`,
      `News ${"😀".repeat(77)}x`,
      "Staff writer\nLagos",
      "Staff writer\u2028",
      "news\ud800",
    ];
    for (const text of cases) expect(isRoleLine(text), text).toBe(ROLE_LINE.test(text));
  });

  it("agrees with the regex on any line, about the bounds too", () => {
    const piece = fc.oneof(
      fc.constantFrom("news", " ", "desk", ".", "!", "?", "😀", "\n", "\u2028", "\ud800", "é", "K"),
      fc.string({ unit: "binary", maxLength: 2 }),
    );
    fc.assert(
      fc.property(
        // Plain units before the pieces: near the bounds of 2, 80 and 160 units.
        fc.oneof(
          fc.integer({ min: 0, max: 4 }),
          fc.integer({ min: 70, max: 90 }),
          fc.integer({ min: 150, max: 170 }),
        ),
        fc.boolean(),
        fc.array(piece, { maxLength: 6 }),
        (plain, wide, parts) => {
          const text = `${(wide ? "😀" : "b").repeat(wide ? plain >> 1 : plain)}${parts.join("")}`;
          expect(isRoleLine(text)).toBe(ROLE_LINE.test(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
