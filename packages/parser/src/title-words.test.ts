import { describe, expect, it } from "vitest";
import { expectedOverlap, recurrenceBucket, wordCounts, wordKind } from "./title-words.js";

describe("title words", () => {
  it("tells function words, numbers, the opening word and names apart", () => {
    expect(wordKind("the", 3)).toBe(0);
    expect(wordKind("40", 3)).toBe(1);
    expect(wordKind("Ferries", 0)).toBe(2);
    expect(wordKind("Kelsey", 3)).toBe(3);
    expect(wordKind("crossing", 3)).toBe(4);
  });

  it("buckets how often a word recurs", () => {
    expect([0, 1, 2, 3, 4, 7, 8, 50].map(recurrenceBucket)).toEqual([0, 1, 2, 2, 3, 3, 4, 4]);
  });

  it("counts the article's words in lower case", () => {
    const counts = wordCounts(
      ["The Kelsey ferry.", "Kelsey's crossing, theKelsey"],
      ["Kelsey", "the", "ferry", "ferries"],
    );
    expect(counts.get("kelsey")).toBe(2);
    expect(counts.get("the")).toBe(1);
    expect(counts.get("ferry")).toBe(1);
    expect(counts.get("ferries")).toBe(0);
  });

  it("counts words past ASCII and splits at curly quotes and dashes, as ROUGE does", () => {
    const counts = wordCounts(
      ["Zürich’s council—and ZÜRICH’s mayor.", "“Zürich” 2º", "naïve zürichs"],
      ["Zürich", "s", "council", "and", "2º", "naïve"],
    );
    expect(counts.get("zürich")).toBe(3);
    expect(counts.get("s")).toBe(2);
    expect(counts.get("council")).toBe(1);
    expect(counts.get("and")).toBe(1);
    expect(counts.get("2º")).toBe(1);
    expect(counts.get("naïve")).toBe(1);
  });

  it("counts only the article's first five paragraphs after the lede", () => {
    const paragraphs = Array.from({ length: 7 }, () => "Kelsey.");
    expect(wordCounts(paragraphs, ["Kelsey"]).get("kelsey")).toBe(5);
  });

  it("expects more of a headline made of the words the article comes back to", () => {
    const body = ["Kelsey ferry crossing Kelsey ferry crossing Kelsey ferry"];
    const counts = wordCounts(body, [
      "Kelsey",
      "ferry",
      "crossing",
      "Harbour",
      "pilots",
      "said",
      "on",
      "Monday",
    ]);
    expect(expectedOverlap("Kelsey ferry crossing closes", counts)).toBeGreaterThan(
      expectedOverlap("Harbour pilots said on Monday", counts),
    );
    expect(expectedOverlap("", counts)).toBe(0);
  });
});
