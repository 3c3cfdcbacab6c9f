import { describe, expect, it } from "vitest";
import { FIGURE, hardNewsCues, PERFECT_VERB, PICTURE_CAPTION } from "./hard-news-cues.js";

describe("hardNewsCues", () => {
  it("finds a present-perfect verb and a figure in the first sentence", () => {
    const text = "Prices at the corner bakery have climbed 12% since the spring, its owner says.";
    expect(hardNewsCues(text, -1)).toBe(PERFECT_VERB | FIGURE);
  });

  it("knows common irregular participles", () => {
    expect(hardNewsCues("The town council has won its appeal over the bridge.", -1)).toBe(
      PERFECT_VERB,
    );
    expect(hardNewsCues("Two ferries have also been held in port by the storm.", -1)).toBe(
      PERFECT_VERB,
    );
  });

  it("does not take possession for the perfect", () => {
    expect(hardNewsCues("The club has a new coach and a plan for the season.", -1)).toBe(0);
  });

  it("marks a picture's caption that ends in its credit", () => {
    const caption =
      "Volunteers stack sandbags on the river wall, March 2, 2026. (Ana Lima/Norland Wire)";
    expect(hardNewsCues(caption, -1) & PICTURE_CAPTION).toBe(PICTURE_CAPTION);
    expect(hardNewsCues("Volunteers stacked sandbags on the river wall.", -1)).toBe(0);
  });

  it("reads only the first sentence", () => {
    const text = "The mayor spoke at length. Rents have risen 8% in a year.";
    expect(hardNewsCues(text, text.indexOf(".") + 1)).toBe(0);
  });

  it("looks for an auxiliary only where a word opens: after a letter, accented or not, there is none", () => {
    expect(hardNewsCues("Caféhas risen again.", -1)).toBe(0);
    expect(hardNewsCues("The co-has risen again.", -1)).toBe(PERFECT_VERB);
    expect(hardNewsCues("That hat had won.", -1)).toBe(PERFECT_VERB);
  });
});
