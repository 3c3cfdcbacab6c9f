import { describe, expect, it } from "vitest";
import type { ArticleSpan } from "./article-span.js";
import { groupParagraphs } from "./paragraphs.js";
import { segmentText } from "./parse-text.js";
import { GAP_BY_GAP_TUNING } from "./segment-tuning.js";
import { pieceCohesion } from "./split-halves.js";
import { FERRY, ORCHARD, span, spansParted, story } from "./test-support/piece-stories.js";
import { FeatureTable } from "./text-features.js";
import {
  partingBar,
  partWeakHalves,
  UNDER_COHESION,
  UNDER_COHESION_WIDE,
  WIDE_PIECE,
  weakestGap,
} from "./weak-halves.js";

function parted(texts: readonly string[], spans: ArticleSpan[]) {
  return spansParted(partWeakHalves, texts, spans);
}

describe("a found article that holds two stories", () => {
  it("is parted where its two pieces share no subject, with a headless start", () => {
    const texts = [...story(FERRY, 12), ...story(ORCHARD, 11)];
    expect(parted(texts, [span(0, 22)])).toEqual([
      [0, 11, undefined],
      [12, 22, "gap"],
    ]);
  });

  it("is left whole when it is one story from end to end", () => {
    const texts = story(ORCHARD, 24);
    expect(parted(texts, [span(0, 23)])).toHaveLength(1);
  });

  it("is left whole when its weakest gap opens on a post the story embeds", () => {
    const orchard = story(ORCHARD, 11);
    orchard[0] = `${orchard[0]} — Ilse Maren (@ilsemaren) March 3, 2026`;
    const texts = [...story(FERRY, 12), ...orchard];
    expect(parted(texts, [span(0, 22)])).toHaveLength(1);
  });

  it("is left whole when a piece would be too short for the measure to speak", () => {
    const texts = [...story(FERRY, 12), ...story(ORCHARD, 5)];
    expect(parted(texts, [span(0, 16)])).toHaveLength(1);
  });
});

describe("the weakest gap", () => {
  it("is the gap of least whole-piece cohesion, as measured piece by piece", () => {
    const texts = [...story(FERRY, 30), ...story(ORCHARD, 20)];
    const table = new FeatureTable(texts);
    const whole = span(0, texts.length - 1);
    const found = weakestGap(table, whole);
    let least = Number.POSITIVE_INFINITY;
    for (let at = 8; at <= whole.last - 7; at++)
      least = Math.min(least, pieceCohesion(table, span(0, at - 1), span(at, whole.last)));
    expect(found?.cohesion).toBeCloseTo(least, 10);
    expect(found?.at).toBe(30);
  });
});

// The orchard's story naming the ferry every third paragraph: the two pieces share a little.
function touching(paragraphs: number): string[] {
  return story(ORCHARD, paragraphs).map((text, k) =>
    k % 3 === 0 ? `${text} The ferry was mentioned.` : text,
  );
}

describe("the bar an article is parted under", () => {
  it("parts two long pieces that share a little, and leaves shorter ones so sharing whole", () => {
    const long = [...story(FERRY, 14), ...touching(14)];
    const table = new FeatureTable(long);
    const cohesion = weakestGap(table, span(0, 27))?.cohesion ?? 0;
    expect(cohesion).toBeGreaterThan(UNDER_COHESION);
    expect(cohesion).toBeLessThan(UNDER_COHESION_WIDE);
    expect(parted(long, [span(0, 27)])).toEqual([
      [0, 13, undefined],
      [14, 27, "gap"],
    ]);
    const short = [...story(FERRY, 10), ...touching(10)];
    expect(weakestGap(new FeatureTable(short), span(0, 19))?.cohesion).toBeGreaterThan(
      UNDER_COHESION,
    );
    expect(parted(short, [span(0, 19)])).toHaveLength(1);
  });

  it("is higher where both pieces are long enough for their cosine to be steady", () => {
    expect(partingBar(8, 30)).toBe(UNDER_COHESION);
    expect(partingBar(11, 11)).toBe(UNDER_COHESION);
    expect(partingBar(WIDE_PIECE, WIDE_PIECE)).toBe(UNDER_COHESION_WIDE);
    expect(UNDER_COHESION_WIDE).toBeGreaterThan(UNDER_COHESION);
  });
});

describe("the parse that the gap threshold is chosen by", () => {
  it("leaves a found article of two stories whole with the halves rules off", () => {
    const texts = [...story(FERRY, 12), ...story(ORCHARD, 11)];
    const paragraphs = groupParagraphs(texts.flatMap((t) => [t, ""]));
    // A line no gap passes: the segmenter finds one article, which only the parting cuts.
    const tuning = { ...GAP_BY_GAP_TUNING, threshold: 100 };
    const starts = (halves?: boolean) =>
      segmentText(paragraphs, { ...tuning, halves }).spans.map((s) => s.first);
    expect(starts()).toEqual([0, 12]);
    expect(starts(false)).toEqual([0]);
  });
});
