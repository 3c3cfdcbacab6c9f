import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadFixtureArticles } from "./eval/fixture-articles.js";
import { isAge, joinedName, nameOf } from "./find-people.js";
import { tokenize } from "./tokenize.js";

// Issue #14, forty-sixth pass: findPeople's names cut in one slice where the text already holds
// them and ages read from codes, each against the form it replaced.
const dir = fileURLToPath(new URL("../../../fixtures/articles/", import.meta.url));
const texts = loadFixtureArticles(dir).flatMap((l) => [
  l.article.headline,
  ...l.article.paragraphs,
]);
const written = [
  "Sergey V. Lavrov met John F Kennedy and Park Ji-hye, then Park Ji\u2011hye and Ana  Lima.",
  "Ana\tLima, Ana\u00a0Lima, J. R. R. Tolkien, J.R. Smith, A B C D, Ana - Lima, Ana--Lima.",
  "O\u2019Neill\u2019s aide T. Kim, M. and Dr. X. Y; Ana Lima\u2019s, Ana Lima\u2019 and Jones\u2019 Smith.",
  "Ελένη Παππά, Zoë Ørsted, Ángel Núñez-García and \u212Aelvin Jones met Zoë-Ann Ørsted A.",
];

describe("findPeople's pieces", () => {
  it("cuts a name as the pieces joined it, for every span of one to four words", () => {
    let sliced = 0;
    let spans = 0;
    for (const text of [...texts, ...written]) {
      const tokens = tokenize(text);
      for (let at = 0; at < tokens.length; at++) {
        for (let count = 1; count <= 4 && at + count <= tokens.length; count++) {
          const name = nameOf(tokens, at, count);
          expect(name).toBe(joinedName(tokens, at, count));
          spans++;
          if (name === text.slice(tokens.start(at), tokens.start(at) + name.length)) sliced++;
        }
      }
    }
    // Both ways are exercised: most spans are one slice, some (initials without a dot, double
    // spaces, punctuation between) are joined.
    expect(sliced).toBeGreaterThan(spans / 2);
    expect(sliced).toBeLessThan(spans);
  });

  it("reads ages as /^\\d{1,3}$/ reads the word", () => {
    const text =
      "0 7 34 007 100 1234 3a a3 ３４ ٣٤ 12’s 9' 99,5 12.5 -4 0x1 ½ ¹ 1e3 " + written.join(" ");
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      expect([tokens.raw(i), isAge(tokens, i)]).toEqual([
        tokens.raw(i),
        /^\d{1,3}$/.test(tokens.raw(i)),
      ]);
    }
  });
});
