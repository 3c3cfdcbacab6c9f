import { describe, expect, it } from "vitest";
import { buildArticle } from "./build-article.js";
import { contentHash } from "./content-hash.js";

// Fictional text written for these tests.
const LEDE =
  "GRANVIK (Norland Wire) - Trains returned to the mountain line between Granvik and Holt on Sunday, three weeks after floodwater washed away the track.";
const BODY = "Crews worked through the nights to rebuild two culverts.";
const CREDIT = "Additional reporting by Petra Oyelaran.";

const parts = {
  headline: null,
  dek: null,
  bylines: ["By Teodor Vance and Kai Lund"],
  paragraphs: [LEDE, BODY, CREDIT],
  contributorLines: [CREDIT],
  startLine: 3,
  endLine: 9,
};

describe("buildArticle", () => {
  it("derives a headline from the lede when the dump has none", () => {
    const article = buildArticle(parts);
    expect(article.headlineSource).toBe("derived");
    // Its main clause, without the day: a headline leaves that to the dateline.
    expect(article.headline).toBe("Trains returned to the mountain line between Granvik and Holt");
  });

  it("keeps the dump's headline", () => {
    expect(buildArticle({ ...parts, headline: "Rail Line Reopens" })).toMatchObject({
      headline: "Rail Line Reopens",
      headlineSource: "dump",
    });
  });

  it("collects contributors from bylines, then contributor lines, once each", () => {
    const article = buildArticle({ ...parts, bylines: ["By Teodor Vance and Petra Oyelaran"] });
    expect(article.contributors).toEqual(["Teodor Vance", "Petra Oyelaran"]);
  });

  it("hashes the story without the contributor line", () => {
    const article = buildArticle(parts);
    expect(article.contentHash).toBe(contentHash([LEDE, BODY]));
    expect(
      buildArticle({ ...parts, paragraphs: [LEDE, BODY], contributorLines: [] }).contentHash,
    ).toBe(article.contentHash);
  });

  it("derives the headline from the lede, not from a contributor line that comes first", () => {
    const article = buildArticle({ ...parts, paragraphs: [CREDIT, LEDE] });
    expect(article.headline).toMatch(/^Trains returned/);
  });

  it("counts the words of every paragraph, keeps the lines and the dek", () => {
    const article = buildArticle({ ...parts, dek: "Crews relaid the track." });
    expect(article).toMatchObject({ startLine: 3, endLine: 9, dek: "Crews relaid the track." });
    const words = [LEDE, BODY, CREDIT]
      .join(" ")
      .split(" ")
      .filter((w) => /\p{L}|\p{N}/u.test(w)).length;
    expect(article.wordCount).toBe(words);
  });
});
