import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wholeQuoteInner } from "./pull-quotes.js";
import "./test-support/fast-check-seed.js";

// The regex wholeQuoteInner reads by hand, as the oracle.
const WHOLE_QUOTE = /^["“‘](.{8,300}?)[,.!?]?["”’]$/u;

describe("wholeQuoteInner", () => {
  it("finds the quotation the regex finds", () => {
    const cases = [
      "“We will win.”",
      '"Short."',
      '"Eight ch"',
      '"Seven c."',
      '"Eight c."',
      "‘Not a quote, she said.",
      "“A line\nbreak here.”",
      "“An emoji 😀 in it.”",
      "“😀😀😀😀😀😀😀😀”",
      "“😀😀😀😀😀😀😀!”",
      `"${"a".repeat(300)}."`,
      `"${"a".repeat(301)}."`,
      `"${"a".repeat(300)}"`,
      `"${"a".repeat(301)}"`,
      `"${"😀".repeat(150)}a."`,
      "“,,”",
      "",
    ];
    for (const text of cases) expect(wholeQuoteInner(text), text).toBe(WHOLE_QUOTE.exec(text)?.[1]);
  });

  it("agrees with the regex on any text, about the bounds too", () => {
    const open = fc.constantFrom('"', "“", "‘", "x");
    const stop = fc.constantFrom(",", ".", "!", "?", "", "x");
    const close = fc.constantFrom('"', "”", "’", "x");
    const piece = fc.oneof(
      fc.constantFrom("a", " ", ".", ",", "?", '"', "”", "’", "😀", "\n", "\u2028", "\ud800", "é"),
      fc.string({ unit: "binary", maxLength: 2 }),
    );
    fc.assert(
      fc.property(
        open,
        // Plain units before the pieces: near both of the quotation's bounds (8 and 300).
        fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 290, max: 310 })),
        fc.array(piece, { maxLength: 6 }),
        stop,
        close,
        (opening, plain, parts, stopping, closing) => {
          const text = `${opening}${"b".repeat(plain)}${parts.join("")}${stopping}${closing}`;
          expect(wholeQuoteInner(text)).toBe(WHOLE_QUOTE.exec(text)?.[1]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
