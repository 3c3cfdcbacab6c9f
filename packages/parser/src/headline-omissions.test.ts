import { describe, expect, it } from "vitest";
import { withoutArticles } from "./headline-omissions.js";

describe("withoutArticles", () => {
  it("drops articles between words and the one opening the text, as headlines write", () => {
    expect(withoutArticles("The council approved the budget after a long debate")).toBe(
      "council approved budget after long debate",
    );
    expect(withoutArticles("An inquiry into a fire at the depot")).toBe(
      "inquiry into fire at depot",
    );
  });

  it("keeps a capital article inside the text, a quantity's and a word that only starts so", () => {
    expect(withoutArticles("Envoys met in The Hague with more than a dozen ministers")).toBe(
      "Envoys met in The Hague with more than a dozen ministers",
    );
    expect(withoutArticles("Theatre owners and anglers met a few athletes")).toBe(
      "Theatre owners and anglers met a few athletes",
    );
  });

  it("drops only the articles that begin before the limit", () => {
    expect(withoutArticles("the pier and the ferry", 5)).toBe("pier and the ferry");
  });
});
