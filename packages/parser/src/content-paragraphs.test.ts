import { describe, expect, it } from "vitest";
import { holdsBodyText } from "./content-paragraphs.js";
import { paragraphFeatures } from "./text-features.js";

describe("holdsBodyText", () => {
  const features = [
    paragraphFeatures("Ferry fares to rise in spring"),
    paragraphFeatures("By Ruth Calder"),
    paragraphFeatures("Fares on the island routes will rise by 6% from April, the operator said."),
  ].map((f, i) => (i === 1 ? { ...f, kind: "byline" as const } : f));

  it("finds prose between the bounds, inclusive", () => {
    expect(holdsBodyText(features, 1, 2)).toBe(true);
    expect(holdsBodyText(features, 2, 2)).toBe(true);
  });

  it("finds none in a run of credit lines, or in an empty range", () => {
    expect(holdsBodyText(features, 1, 1)).toBe(false);
    expect(holdsBodyText(features, 3, 2)).toBe(false);
  });
});
