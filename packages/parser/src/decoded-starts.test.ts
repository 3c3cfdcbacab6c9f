import { describe, expect, it } from "vitest";
import { bodyParagraphs } from "./content-paragraphs.js";
import { decoderGapScore } from "./decoded-starts.js";
import { LEFT_WINDOW } from "./gap-windows.js";
import { LeftContext } from "./left-context.js";
import { groupParagraphs } from "./paragraphs.js";
import { parseText, segmentText } from "./parse-text.js";
import { DEFAULT_DECODER, DEFAULT_TUNING } from "./segment-tuning.js";
import { boundaryScores, composeDump, shuffled } from "./test-support/compose-dump.js";
import { composedDumps } from "./test-support/fit-gap-weights.js";
import { loadFixtureArticles } from "./test-support/fixture-articles.js";

describe("decoded headless starts", () => {
  it("find the fixtures' articles in dumps that lost most of their headlines", () => {
    // Every stretch decoded, however short (the default judges short ones gap by gap).
    const tuning = { ...DEFAULT_TUNING, decoder: { ...DEFAULT_DECODER, minStretch: 0 } };
    let hits = 0;
    let predicted = 0;
    let expected = 0;
    for (const dump of composedDumps(loadFixtureArticles(), [1, 2, 3])) {
      const starts = parseText(dump.text, tuning).articles.map((a) => a.startLine);
      const truth = dump.truth.map((t) => t.startLine);
      hits += boundaryScores(starts, truth).hits;
      predicted += starts.length;
      expected += truth.length;
    }
    const precision = hits / predicted;
    const recall = hits / expected;
    const f1 = (2 * precision * recall) / (precision + recall);
    // Gap by gap these dumps give F1 0.943 (P 0.975 R 0.913); decoded 0.940 (P 0.987 R 0.897).
    expect({ f1: f1 >= 0.93, precision, recall }).toMatchObject({ f1: true });
  });

  it("score a gap the same from every article start at least LEFT_WINDOW paragraphs back", () => {
    // What lets a piece begun at a decoded start score the gaps past that reach as the whole does.
    const { table, body, context } = headlessStretch();
    let compared = 0;
    for (let g = LEFT_WINDOW + 10; g < body.length - 5; g += 7) {
      const scores = [0, 3, g - LEFT_WINDOW - 4, g - LEFT_WINDOW].map((from) => {
        context.reset(body);
        return decoderGapScore(context, table, body, g, Number.NEGATIVE_INFINITY, from);
      });
      expect(new Set(scores).size).toBe(1);
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });

  it("score a gap in full where it reaches the floor, and bound it from above where it does not", () => {
    // Each bound (from the would-be lede, with the topic evidence, without cohesion) must hold,
    // or a gap the floor should let through would be cut short.
    const { table, body, context } = headlessStretch();
    let bounded = 0;
    let full = 0;
    for (let g = 3; g < body.length - 3; g++) {
      context.reset(body);
      const score = decoderGapScore(context, table, body, g, Number.NEGATIVE_INFINITY, 0);
      for (const floor of [score - 1, score + 1e-9, score + 0.5, score + 3]) {
        context.reset(body);
        const found = decoderGapScore(context, table, body, g, floor, 0);
        if (score >= floor) expect(found).toBe(score);
        else {
          expect(found).toBeGreaterThanOrEqual(score);
          expect(found).toBeLessThan(floor);
          bounded++;
        }
        if (found === score) full++;
      }
    }
    expect(bounded).toBeGreaterThan(20);
    expect(full).toBeGreaterThan(20);
  });
});

/** Twenty fixture articles run together without headlines, datelines or credits. */
function headlessStretch() {
  const bare = loadFixtureArticles().map((a) => ({
    ...a,
    dateline: null,
    contributorLine: null,
  }));
  const text = composeDump(shuffled(bare, 5).slice(0, 20), {
    layout: "lines",
    headlessRate: 1,
    duplicateHeadlineRate: 0,
    eol: "\n",
    wrapWidth: 70,
    seed: 5,
  }).text;
  const paragraphs = groupParagraphs(text.split("\n"));
  const { table } = segmentText(paragraphs);
  const body = bodyParagraphs(table.paragraphs, 0, paragraphs.length - 1);
  return { table, body, context: new LeftContext(table) };
}
