import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseText } from "./parse-text.js";
import { DEFAULT_TUNING, type SegmentTuning } from "./segment-tuning.js";
import { composeDump, type Layout, shuffled } from "./test-support/compose-dump.js";
import { type FixtureArticle, loadFixtureArticles } from "./test-support/fixture-articles.js";
import type { ParseResult } from "./types.js";

const REFERENCE = new URL("../../../../shared/seeds/000_e9691fc182a6778b.txt", import.meta.url);
const WHOLE = { lines: Number.POSITIVE_INFINITY, overlap: 0 };

describe("parsing a large dump piece by piece", () => {
  const fixtures = loadFixtureArticles();
  const dumps: string[] = [];
  if (existsSync(REFERENCE)) dumps.push(readFileSync(REFERENCE, "utf8"));
  for (const seed of [1, 2, 3]) {
    for (const layout of ["lines", "spaced", "blank", "wrapped"] as Layout[]) {
      const order = shuffled(fixtures, seed);
      dumps.push(
        composeDump(order, {
          layout,
          headlessRate: 0.5,
          duplicateHeadlineRate: 0.1,
          eol: "\n",
          wrapWidth: 70,
          seed,
        }).text,
      );
    }
  }

  it("gives the articles and warnings of parsing it whole", () => {
    for (const text of dumps) {
      const whole = parseText(text, DEFAULT_TUNING, WHOLE);
      // Small pieces, so that every dump is cut many times, mid-article included.
      for (const lines of [97, 300]) {
        const pieces = parseText(text, DEFAULT_TUNING, { lines, overlap: 30 });
        expect(withoutConfidence(pieces)).toEqual(withoutConfidence(whole));
        // A headline's evidence reads the article before it back to the last start the piece
        // knows of, so the confidence may move a little; never which article starts where.
        pieces.articles.forEach((article, i) => {
          const alone = whole.articles[i]?.startConfidence;
          if (article.startConfidence === undefined || alone === undefined) return;
          expect(Math.abs(article.startConfidence - alone)).toBeLessThanOrEqual(0.1);
        });
      }
    }
    // Thirteen dumps parsed three ways: seconds on a busy machine, which is no failure.
  }, 60_000);
});

describe("a long stretch with no headline, dateline or byline, cut into pieces", () => {
  // Every fixture article pasted bare, one after another: one stretch of hundreds of body
  // paragraphs that only the decoder splits, cut by pieces wherever it falls.
  const bare = loadFixtureArticles().map((a) => ({ ...a, dateline: null, contributorLine: null }));

  it("is decoded piece by piece as it is whole", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom<Layout>("lines", "blank", "wrapped"),
        fc.integer({ min: 120, max: 600 }),
        fc.integer({ min: 20, max: 80 }),
        (seed, layout, lines, overlap) => {
          const text = pasted(bare, seed, layout, 1);
          const whole = parseText(text, DEFAULT_TUNING, WHOLE);
          const starts: number[] = [];
          const onPiece = (start: number) => {
            if (starts.at(-1) !== start) starts.push(start);
          };
          const pieces = parseText(text, DEFAULT_TUNING, { lines, overlap, onPiece });
          expect(withoutConfidence(pieces)).toEqual(withoutConfidence(whole));
          // Pieces began at the decoder's starts, inside the stretch, not only at its ends.
          const wholeStarts = new Set(whole.articles.map((a) => a.startLine - 1));
          expect(starts.filter((s) => s > 0 && wholeStarts.has(s)).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 12 },
    );
    // Twelve dumps of 800 paragraphs parsed twice: seconds on a busy machine.
  }, 120_000);
});

describe("a run of briefs cut into pieces", () => {
  // Every fixture article cut to its first two to four paragraphs, half of them headless: short
  // stories between explicit starts a few paragraphs apart, where a gap reads the explicit
  // starts after it (BriefsStretch).
  const briefs = loadFixtureArticles().map((a, i) => ({
    ...a,
    paragraphs: a.paragraphs.slice(0, 2 + (i % 3)),
  }));

  it("is parsed piece by piece as it is whole", () => {
    for (const seed of [1, 2]) {
      for (const layout of ["lines", "blank", "wrapped"] as Layout[]) {
        expectPiecesAsWhole(pasted(briefs, seed, layout, 0.5), DEFAULT_TUNING, [41, 97]);
      }
    }
  }, 60_000);
});

describe("a long story's split halves joined in a dump cut into pieces", () => {
  // The join (split-halves.ts) reads the dump's level from its explicit starts: read per piece,
  // a piece whose own stories share less than the dump's would join what the whole keeps apart.
  // A looser join than the parser's, so that it fires often and the level decides many starts.
  const loose: SegmentTuning = {
    ...DEFAULT_TUNING,
    halvesJoin: { leastPiece: 4, overLevel: -0.05, shortPiece: 4, shortOverLevel: -0.05 },
  };
  const fixtures = loadFixtureArticles();

  it("reads one level for the whole dump, as the whole dump's parse does", () => {
    for (const seed of [1, 2]) {
      for (const layout of ["lines", "blank"] as Layout[]) {
        expectPiecesAsWhole(pasted(fixtures, seed, layout, 0.5), loose, [97, 300]);
      }
    }
  }, 60_000);
});

/** The text cut in pieces of each number of lines (overlap 30) parsed as it is whole. */
function expectPiecesAsWhole(text: string, tuning: SegmentTuning, sizes: readonly number[]): void {
  const whole = parseText(text, tuning, WHOLE);
  for (const lines of sizes) {
    const pieces = parseText(text, tuning, { lines, overlap: 30 });
    expect(withoutConfidence(pieces)).toEqual(withoutConfidence(whole));
  }
}

/** The articles in a seeded order, pasted in a layout with the given share of headlines dropped. */
function pasted(
  articles: readonly FixtureArticle[],
  seed: number,
  layout: Layout,
  headlessRate: number,
): string {
  return composeDump(shuffled(articles, seed), {
    layout,
    headlessRate,
    duplicateHeadlineRate: 0,
    eol: "\n",
    wrapWidth: 70,
    seed,
  }).text;
}

function withoutConfidence(result: ParseResult): ParseResult {
  return {
    ...result,
    articles: result.articles.map(({ startConfidence: _, ...article }) => article),
  };
}
