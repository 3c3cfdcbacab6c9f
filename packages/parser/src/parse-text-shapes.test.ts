import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOSTILE_SHAPES, hostileDump } from "./bench/hostile-shapes.js";
import { splitLines } from "./lines.js";
import { type Chunking, parseLines } from "./parse-text.js";
import { DEFAULT_TUNING } from "./segment-tuning.js";
import { composeDump, shuffled } from "./test-support/compose-dump.js";
import { loadFixtureArticles } from "./test-support/fixture-articles.js";
import type { ParseResult } from "./types.js";

// Small pieces, so that a dump of a few thousand lines is cut many times.
const SMALL: Chunking = { lines: 200, overlap: 20 };
// Each line is parsed at most this many times, whatever the dump's size: the work per MB is
// flat. (A piece is parsed at most three times, at 1.1x, 1.5x and 4x its own lines.)
const MAX_PARSES_PER_LINE = 2;
// Plus, in a dump of a few pieces, the tries of its last piece, which has less to cut.
const LAST_PIECE_TRIES = 3 * 4 * SMALL.lines;

/** Parses `text` in pieces, counting the lines parsed over all of them. */
function parseCounting(text: string, chunking: Chunking) {
  const lines = splitLines(text);
  let parsed = 0;
  const result = parseLines(lines, DEFAULT_TUNING, {
    ...chunking,
    onPiece: (start, end) => {
      parsed += end - start;
    },
  });
  return { lines, result, parsed, parsesPerLine: parsed / lines.length };
}

/** Every non-blank line is in exactly one article or one outside-article warning's range. */
function expectCovered(lines: readonly string[], { articles, warnings }: ParseResult): void {
  const cover: number[] = new Array(lines.length + 1).fill(0);
  for (const a of articles)
    for (let k = a.startLine; k <= a.endLine; k++) cover[k] = (cover[k] ?? 0) + 1;
  for (const w of warnings) {
    const range = /lines (\d+)-(\d+)/.exec(w.message);
    if (w.code !== "outside-article" || !range) continue;
    for (let k = Number(range[1]); k <= Number(range[2]); k++) cover[k] = (cover[k] ?? 0) + 1;
  }
  lines.forEach((line, i) => {
    if (line.trim().length > 0 && cover[i + 1] !== 1)
      throw new Error(`line ${i + 1} is covered ${cover[i + 1]} times`);
  });
}

describe("parsing a dump with no article boundary for thousands of lines", () => {
  it.each(HOSTILE_SHAPES)("parses each line of %s a bounded number of times", (shape) => {
    const small = parseCounting(hostileDump(shape, 16_000), SMALL);
    const large = parseCounting(hostileDump(shape, 160_000), SMALL);
    expect(large.lines.length).toBeGreaterThan(small.lines.length * 9);
    expect(small.parsesPerLine).toBeLessThanOrEqual(MAX_PARSES_PER_LINE);
    expect(large.parsesPerLine).toBeLessThanOrEqual(MAX_PARSES_PER_LINE);
    expectCovered(large.lines, large.result);
  });

  it("keeps articles in order, never overlapping, across forced cuts", () => {
    const { result } = parseCounting(hostileDump("one-word paragraphs", 60_000), SMALL);
    expect(result.articles.length).toBeGreaterThan(1);
    for (let i = 1; i < result.articles.length; i++) {
      const [before, after] = [result.articles[i - 1], result.articles[i]];
      expect(after?.startLine).toBeGreaterThan(before?.endLine as number);
    }
  });

  it("parses each line a bounded number of times in any mix of those stretches and articles", () => {
    const fixtures = loadFixtureArticles();
    const stretch = fc.oneof(
      fc
        .tuple(fc.constantFrom(...HOSTILE_SHAPES), fc.integer({ min: 50, max: 8000 }))
        .map(([shape, bytes]) => hostileDump(shape, bytes)),
      fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 4 })).map(
        ([seed, count]) =>
          composeDump(shuffled(fixtures, seed).slice(0, count), {
            layout: "blank",
            headlessRate: 0.3,
            duplicateHeadlineRate: 0,
            eol: "\n",
            wrapWidth: 70,
            seed,
          }).text,
      ),
    );
    fc.assert(
      fc.property(fc.array(stretch, { minLength: 1, maxLength: 10 }), (stretches) => {
        const { lines, result, parsed } = parseCounting(stretches.join("\n"), SMALL);
        expect(parsed).toBeLessThanOrEqual(MAX_PARSES_PER_LINE * lines.length + LAST_PIECE_TRIES);
        expectCovered(lines, result);
      }),
      { numRuns: 40 },
    );
    // About 3 s alone; on a loaded machine several times that: the bound is on work, not time.
  }, 60_000);
});
