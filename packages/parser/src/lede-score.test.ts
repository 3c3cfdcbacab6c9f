import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lexicalFeatures } from "./lexical-features.js";
import { paragraphLogit, sigmoid } from "./paragraph-signals.js";

// The lede-likeness the lexical pass scores must be the very number the lede model gives.
function expectSameScore(text: string): void {
  const features = lexicalFeatures(text);
  expect(Object.is(features.ledeLike, sigmoid(paragraphLogit("lede", text, features.words)))).toBe(
    true,
  );
}

describe("the lede score of the lexical pass", () => {
  it("is the lede model's score of written paragraphs", () => {
    for (const text of [
      "",
      "Rain.",
      "The council voted on Tuesday to close the old bridge for repairs.",
      "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
      "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen",
      "“It’s over,” said Ana María Ruiz, the U.S.-born coach -- and a well-known critic.",
      "  -- a--b U.S. e.g. 3,000 jobs, $2bn (Reuters)",
    ])
      expectSameScore(text);
  });

  it("is the lede model's score of any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "binary", maxLength: 200 })),
        (text) => expectSameScore(text),
      ),
      { numRuns: 300 },
    );
  });
});
