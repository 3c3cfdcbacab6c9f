import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDump } from "./parse-dump.js";
import { evaluateBoundaries, evaluateFields } from "./test-support/boundary-eval.js";
import { shuffled } from "./test-support/compose-dump.js";
import { loadFixtureArticles } from "./test-support/fixture-articles.js";
import { actualForTruth, expectedFromTruth, type TruthFile } from "./test-support/truth.js";

const SEEDS_DIR = new URL("../../../../shared/seeds/", import.meta.url);
const REFERENCE = "000_e9691fc182a6778b";

describe("the reference dump (../shared/seeds)", () => {
  const available = existsSync(new URL(`${REFERENCE}.txt`, SEEDS_DIR));
  it.skipIf(!available)("comes out exactly as its truth file says", () => {
    const truth = JSON.parse(
      readFileSync(new URL(`${REFERENCE}.truth.json`, SEEDS_DIR), "utf8"),
    ) as TruthFile;
    const result = parseDump(readFileSync(new URL(`${REFERENCE}.txt`, SEEDS_DIR)));
    expect(actualForTruth(result)).toEqual(expectedFromTruth(truth));
    // Its truth names the headlines and the one dek; the other four are derived from their ledes.
    for (const article of result.articles.filter((a) => a.headlineSource === "derived")) {
      expect(article.headline.length).toBeLessThanOrEqual(90);
    }
    expect(result.warnings.map((w) => w.code)).toEqual(["duplicate-headline"]);
  });

  it.skipIf(!available)("has its articles found in other orders with every headline gone", () => {
    const truth = JSON.parse(
      readFileSync(new URL(`${REFERENCE}.truth.json`, SEEDS_DIR), "utf8"),
    ) as TruthFile;
    const lines = readFileSync(new URL(`${REFERENCE}.txt`, SEEDS_DIR), "utf8").split(/\r?\n/);
    // Each article's text without its headline, the headline's repeat and its dek.
    const bodies = truth.articles.map((a) => {
      const own = lines.slice(a.startLine - 1, a.endLine);
      const heading = [a.headline, a.dek].filter((line) => a.headlineInDump && line);
      let first = 0;
      while (first < own.length && heading.includes((own[first] as string).trim())) first++;
      return own.slice(first);
    });
    let hits = 0;
    let predicted = 0;
    let expected = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const dump: string[] = [];
      const starts: number[] = [];
      for (const body of shuffled(bodies, seed)) {
        starts.push(dump.length + 1);
        dump.push(...body);
      }
      const found = parseDump(dump.join("\n")).articles.map((a) => a.startLine);
      hits += starts.filter((line) => found.includes(line)).length;
      predicted += found.length;
      expected += starts.length;
    }
    const precision = hits / predicted;
    const recall = hits / expected;
    const f1 = (2 * precision * recall) / (precision + recall);
    expect({ f1: f1 >= 0.95, precision, recall }).toMatchObject({ f1: true });
  });
});

describe("article boundaries in dumps composed from the fixtures", () => {
  const articles = loadFixtureArticles();

  it("reach a boundary F1 of 0.95 with half the headlines missing", () => {
    const { f1, precision, recall, misses } = evaluateBoundaries(articles, [1, 2, 3, 4, 5, 6]);
    // On failure, show where it stands and what it missed rather than a bare boolean.
    expect({ f1: f1 >= 0.95, precision, recall, misses }).toMatchObject({ f1: true });
  });

  it("hold with web-page debris between paragraphs and publication times under headlines", () => {
    const { f1, precision, recall, misses } = evaluateBoundaries(
      articles,
      [1, 2, 3, 4, 5, 6],
      0.5,
      0.25,
    );
    expect({ f1: f1 >= 0.95, precision, recall, misses }).toMatchObject({ f1: true });
  });

  it("hold with bylines in other newsrooms' styles", () => {
    const styles = [
      (names: string) => `Written by ${names}`,
      (names: string) => `${names} | Norland Wire`,
      (names: string) => `Words: ${names}`,
    ];
    const restyled = articles.map((a, i) =>
      a.byline ? { ...a, byline: (styles[i % 3] as (n: string) => string)(a.byline.slice(3)) } : a,
    );
    const { f1, precision, recall, misses } = evaluateBoundaries(restyled, [1, 2, 3, 4, 5, 6]);
    expect({ f1: f1 >= 0.95, precision, recall, misses }).toMatchObject({ f1: true });
  });

  it("hold with headlines in sentence case, short ones included", () => {
    // As many newsrooms write them: only the first word and names capitalized, at most 6 words.
    const restyled = articles.map((a) => ({
      ...a,
      headline: inSentenceCase(a.headline.split(" ").slice(0, 6).join(" "), a.paragraphs),
    }));
    const { f1, precision, recall, misses } = evaluateBoundaries(restyled, [1, 2, 3, 4, 5, 6]);
    expect({ f1: f1 >= 0.95, precision, recall, misses }).toMatchObject({ f1: true });
  });

  it("hold with headlines in capitals, short ones included", () => {
    const restyled = articles.map((a) => ({
      ...a,
      headline: a.headline.split(" ").slice(0, 5).join(" ").toUpperCase(),
    }));
    const { f1, precision, recall, misses } = evaluateBoundaries(restyled, [1, 2, 3, 4, 5, 6]);
    expect({ f1: f1 >= 0.95, precision, recall, misses }).toMatchObject({ f1: true });
  });

  it("are all found when every article keeps its headline", () => {
    const { precision, recall } = evaluateBoundaries(articles, [7, 8, 9], 0);
    expect(recall).toBe(1);
    // What precision loses here are in-article paragraphs that read like ledes.
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it("give the articles they delimit the right headline, dek and contributors", () => {
    const { headline, dek, contributors, wrong } = evaluateFields(articles, [1, 2, 3, 4, 5, 6]);
    expect({ headline, dek, contributors, wrong }).toMatchObject({
      headline: expect.toSatisfy((share: number) => share >= 0.99),
      dek: expect.toSatisfy((share: number) => share >= 0.95),
      contributors: expect.toSatisfy((share: number) => share >= 0.97),
    });
  });
});

/** The headline with every word after the first in lower case, unless the text capitalizes it. */
function inSentenceCase(headline: string, paragraphs: readonly string[]): string {
  const text = paragraphs.join(" ");
  return headline
    .split(" ")
    .map((word, i) => {
      const letters = word.replace(/[^\p{L}]/gu, "");
      // A name is capitalized in the text after a lower-case word too; an acronym always.
      const isName =
        letters.length > 0 && (text.includes(` ${letters}`) || letters === letters.toUpperCase());
      return i === 0 || isName ? word : word.toLowerCase();
    })
    .join(" ");
}
