import { describe, expect, it } from "vitest";
import { quoteAttribution } from "./quote-lede.js";

// Written for this test.
describe("a paragraph opening on a quotation", () => {
  it("given to someone not yet met may open an anecdotal lede", () => {
    const text =
      "\u201cThe water came up to the second step,\u201d said a baker on the quay, sweeping mud from her doorway.";
    expect(quoteAttribution(text)).toBe("other");
  });

  it("given to a pronoun speaks for someone named before", () => {
    const text = '"We will rebuild before the summer," she said.';
    expect(quoteAttribution(text)).toBe("pronoun");
  });

  it("given to a titled surname speaks for someone named before", () => {
    const text = '"The bridge is safe," said Mr. Halloran, the county engineer.';
    expect(quoteAttribution(text)).toBe("titled");
  });

  it("is no quotation when the paragraph opens otherwise", () => {
    const text = "The baker said the water came up to the second step.";
    expect(quoteAttribution(text)).toBeNull();
  });
});
