import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadFixtureArticles } from "./eval/fixture-articles.js";
import { nameKey, nameOf } from "./find-people.js";
import { tokenize } from "./tokenize.js";

const dir = fileURLToPath(new URL("../../../fixtures/articles/", import.meta.url));
const paragraphs = loadFixtureArticles(dir).flatMap((l) => [
  l.article.headline,
  ...l.article.paragraphs,
]);

/** Every span of one to four words of the text: nameKey against the lowercased name. */
function compareSpans(text: string): number {
  const tokens = tokenize(text);
  let compared = 0;
  for (let at = 0; at < tokens.length; at++) {
    for (let count = 1; count <= 4 && at + count <= tokens.length; count++) {
      expect(nameKey(tokens, at, count)).toBe(nameOf(tokens, at, count).toLowerCase());
      compared++;
    }
  }
  return compared;
}

describe("findPeople's key", () => {
  // findPeople counts people by nameKey, joined from the words' kept lowercase where every
  // word is ASCII; it must be the lowercased name (nameOf), which the output's names come from.
  it("is the lowercased name for the fixtures' spans", () => {
    let compared = 0;
    for (const text of paragraphs) compared += compareSpans(text);
    expect(compared).toBeGreaterThan(10_000);
  });

  it("is the lowercased name for initials, hyphens, apostrophes and other alphabets", () => {
    const texts = [
      "Said Ana V. Lima-Costa and J. R. Okafor, who met O'Neill.",
      "ΟΔΥΣΣΕΑΣ ΠΑΠΑΣ met Ödön Ütő and D’Arcy Smith’s aide.",
      "Mr. Park Ji-hye spoke; Dr. ÁNGEL DÍAZ-Σ answered.",
    ];
    for (const text of texts) expect(compareSpans(text)).toBeGreaterThan(20);
  });
});
