import { describe, expect, it } from "vitest";
import type { ArticleSpan } from "./article-span.js";
import { beatCohesionAt, partBeatHalves } from "./beat-halves.js";
import { beatWeights } from "./beat-weights.js";
import { FERRY, ORCHARD, QUARRY, span, spansParted, story } from "./test-support/piece-stories.js";
import { FeatureTable } from "./text-features.js";
import { UNDER_COHESION_WIDE, weakestGap } from "./weak-halves.js";

// Written for these tests: one beat's words, which every story of the dump repeats.
const BEAT = "The county council and its budget committee were named in the county report again.";

function onBeat(texts: readonly string[]): string[] {
  return texts.map((text) => `${text} ${BEAT}`);
}

// A dump of the beat's stories: the first two run together in one found article, then three
// more of twenty paragraphs, each found at its headline; the beat's words fill every block.
function beatDump(first: readonly string[]): { texts: string[]; spans: ArticleSpan[] } {
  const texts = onBeat(first);
  const spans = [span(0, texts.length - 1)];
  for (let k = 0; k < 3; k++) {
    const at = texts.length;
    texts.push(...onBeat(story(QUARRY, 20)));
    spans.push(span(at, texts.length - 1, "headline", 1));
  }
  return { texts, spans };
}

const { texts: dump, spans } = beatDump([...story(FERRY, 14), ...story(ORCHARD, 14)]);

describe("two long stories of one beat in one found article", () => {
  it("share enough words by corpus idf that the parting by words leaves them whole", () => {
    const table = new FeatureTable(dump);
    expect(weakestGap(table, span(0, 27))?.cohesion).toBeGreaterThan(UNDER_COHESION_WIDE);
  });

  it("are parted where they meet once the beat's words are weighed down", () => {
    expect(spansParted(partBeatHalves, dump, spans).slice(0, 3)).toEqual([
      [0, 13, undefined],
      [14, 27, "gap"],
      [28, 47, "headline"],
    ]);
  });

  it("leave one long story of the beat whole", () => {
    const whole = beatDump(story(ORCHARD, 28));
    expect(spansParted(partBeatHalves, whole.texts, whole.spans)).toHaveLength(4);
  });
});

describe("the weakest gap under the beat's weights", () => {
  it("is the gap of least cohesion, as measured gap by gap", () => {
    const table = new FeatureTable(dump);
    const weights = beatWeights(table, spans);
    const found = weakestGap(table, span(0, 27), 8, weights);
    let least = Number.POSITIVE_INFINITY;
    for (let at = 8; at <= 20; at++)
      least = Math.min(least, beatCohesionAt(table, weights, span(0, 27), at));
    expect(found?.cohesion).toBeCloseTo(least, 10);
    expect(found?.at).toBe(14);
  });
});
