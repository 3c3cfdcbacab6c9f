import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadFixtureArticles } from "./eval/fixture-articles.js";
import { HONORIFICS, NOT_NAME, PARTICLES, SPEECH, TITLES } from "./name-cue-words.js";
import { hashString, tokenize } from "./tokenize.js";
import { WordSet } from "./word-set.js";

const dir = fileURLToPath(new URL("../../../fixtures/articles/", import.meta.url));
const texts = loadFixtureArticles(dir).flatMap(({ article }) => [
  article.headline,
  ...article.paragraphs,
]);

describe("WordSet", () => {
  it("answers every fixture word as the plain set of lowercase words does", () => {
    const sets = [HONORIFICS, TITLES, NOT_NAME, PARTICLES, SPEECH];
    // A set of words the fixtures hold, of every case and kind (every 7th word's lowercase).
    const sample = new WordSet(
      texts.flatMap((t) => tokenize(t).lowers()).filter((_, k) => k % 7 === 0),
    );
    let found = 0;
    const wrong: string[] = [];
    for (const text of texts) {
      // The plain form from tokens of their own: hasToken must not rely on lowercase cut before.
      const lowers = tokenize(text).lowers();
      const tokens = tokenize(text);
      for (let i = 0; i < tokens.length; i++) {
        for (const set of [...sets, sample]) {
          const plain = set.has(lowers[i] as string);
          if (set.hasToken(tokens, i) !== plain) wrong.push(lowers[i] as string);
          if (plain) found++;
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(10_000);
  });

  // "tcbua" and "xbaee" share a hash: the hash only rules words out.
  it("tells apart two words of one hash", () => {
    expect(hashString("tcbua")).toBe(hashString("xbaee"));
    const set = new WordSet(["tcbua"]);
    const tokens = tokenize("Xbaee TCBUA xbaee tcbua");
    expect([0, 1, 2, 3].map((i) => set.hasToken(tokens, i))).toEqual([false, true, false, true]);
  });

  // "sid" sets the bit "who" sets (their hashes' low 12 bits agree): the bit is only a maybe.
  it("turns away a word whose hash shares only the bit table's bits", () => {
    expect(hashString("sid") & 4095).toBe(hashString("who") & 4095);
    expect(hashString("sid")).not.toBe(hashString("who"));
    const tokens = tokenize("Sid who SID Who");
    const who = new WordSet(["who"]);
    expect([0, 1, 2, 3].map((i) => who.hasToken(tokens, i))).toEqual([false, true, false, true]);
  });
});
