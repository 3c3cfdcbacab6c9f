import { describe, expect, it } from "vitest";
import type { ArticleSpan } from "./article-span.js";
import { dumpLevel, medianSpanLength } from "./split-halves.js";
import {
  falseStartChance,
  START_VETO_FEATURES,
  type StartVeto,
  startVetoFeatures,
  VETO_LEAST_MEDIAN,
  vetoJudges,
  vetoKind,
  vetoStarts,
} from "./start-veto.js";
import { FERRY, ORCHARD, QUARRY, span, story } from "./test-support/piece-stories.js";
import { FeatureTable } from "./text-features.js";

// A model that reads only the pieces' cohesion over the other starts' median: a start whose two
// pieces hold together past the dump's other starts is false.
const BY_MEDIAN: StartVeto = {
  bias: -1,
  weights: START_VETO_FEATURES.map((name) =>
    name === "cohesion over the other starts' median" ? 20 : 0,
  ),
  bar: 0.55,
};

// A story's paragraphs in its subject's words alone: two subjects' pieces share none.
function plain(subject: readonly string[], paragraphs: number): string[] {
  return Array.from({ length: paragraphs }, (_, k) => {
    const word = (j: number) => subject[(k + j) % subject.length];
    return `${word(0)} ${word(1)} ${word(2)}, ${word(3)} ${word(4)}.`;
  });
}

// Four stories of ten paragraphs parted at headlines, then ORCHARD cut in two by a decoded cut.
function dump(second: readonly string[]): { texts: string[]; spans: ArticleSpan[] } {
  const texts = [
    ...plain(FERRY, 10),
    ...plain(QUARRY, 10),
    ...plain(ORCHARD, 10),
    ...plain(second, 10),
  ];
  const spans = [span(0, 9), span(10, 19, "headline", 2), span(20, 29, "headline", 2)];
  spans.push(span(30, 39, "gap", 0.3));
  return { texts, spans };
}

describe("the start veto's features", () => {
  it("tells a headline start, a decoded cut and a parting apart, and judges no other kind", () => {
    expect(vetoKind(span(3, 9, "headline", 1))).toBe("headline");
    expect(vetoKind(span(3, 9, "gap", -0.4))).toBe("decoded");
    expect(vetoKind(span(3, 9, "gap", 0))).toBe("parting");
    expect(vetoKind(span(3, 9, "byline"))).toBeNull();
    expect(vetoKind(span(3, 9))).toBeNull();
  });

  it("reads the kind, the scores and the pieces' lengths against the dump's median", () => {
    const { texts, spans } = dump(ORCHARD);
    const table = new FeatureTable(texts);
    const level = dumpLevel(spans, table);
    expect(level.medianLength).toBe(10);
    const features = startVetoFeatures(
      spans[2] as ArticleSpan,
      spans[3] as ArticleSpan,
      table,
      level,
    );
    expect(features).not.toBeNull();
    const f = features as Float64Array;
    expect(f).toHaveLength(START_VETO_FEATURES.length);
    expect([...f.slice(0, 5)]).toEqual([0, 1, 0, 0, 0.3]);
    // Both pieces run the median: their log-ratios are 0.
    expect(f[6]).toBeCloseTo(0);
    expect(f[7]).toBeCloseTo(0);
    expect(f[8]).toBeCloseTo(0);
    expect(f[12]).toBeCloseTo(Math.log(10));
    // One story's two pieces hold together past two stories' pieces.
    expect(f[11] as number).toBeGreaterThan(0);
  });

  it("reads a story's pieces as holding together past the other starts, two stories' not", () => {
    const one = dump(ORCHARD);
    const two = dump(FERRY);
    const margin = (d: typeof one) => {
      const table = new FeatureTable(d.texts);
      const level = dumpLevel(d.spans, table);
      return (
        startVetoFeatures(
          d.spans[2] as ArticleSpan,
          d.spans[3] as ArticleSpan,
          table,
          level,
        ) as Float64Array
      )[11] as number;
    };
    expect(margin(one)).toBeGreaterThan(margin(two));
  });

  it("judges no start in a dump with no other explicit start", () => {
    const texts = [...story(FERRY, 10), ...story(ORCHARD, 10)];
    const spans = [span(0, 9), span(10, 19, "headline", 1)];
    const table = new FeatureTable(texts);
    const level = dumpLevel(spans, table);
    expect(
      startVetoFeatures(spans[0] as ArticleSpan, spans[1] as ArticleSpan, table, level),
    ).toBeNull();
  });

  it("takes the median of the found articles' lengths", () => {
    expect(medianSpanLength([span(0, 1), span(2, 11), span(12, 16)])).toBe(5);
    expect(medianSpanLength([span(0, 1), span(2, 11)])).toBe(6);
    expect(medianSpanLength([])).toBe(0);
  });
});

describe("the start veto", () => {
  it("reads the chance of a false start as a logistic model", () => {
    const veto: StartVeto = { bias: 0, weights: [1, 2], bar: 0.5 };
    expect(falseStartChance(veto, Float64Array.of(0, 0))).toBeCloseTo(0.5);
    expect(falseStartChance(veto, Float64Array.of(1, 1))).toBeCloseTo(1 / (1 + Math.exp(-3)));
  });

  it("joins a story's two pieces parted by a false start", () => {
    const { texts, spans } = dump(ORCHARD);
    const table = new FeatureTable(texts);
    const joined = vetoStarts(spans, table, () => dumpLevel(spans, table), false, BY_MEDIAN);
    expect(joined.map((s) => [s.first, s.last])).toEqual([
      [0, 9],
      [10, 19],
      [20, 39],
    ]);
  });

  it("keeps the start between two stories", () => {
    const { texts, spans } = dump(FERRY);
    const table = new FeatureTable(texts);
    expect(vetoStarts(spans, table, () => dumpLevel(spans, table), false, BY_MEDIAN)).toBe(spans);
  });

  it("is off in a dump read as short stories, and where its articles run short", () => {
    const { texts, spans } = dump(ORCHARD);
    const table = new FeatureTable(texts);
    const level = dumpLevel(spans, table);
    expect(vetoStarts(spans, table, () => level, true, BY_MEDIAN)).toBe(spans);
    expect(vetoJudges(level, false)).toBe(true);
    expect(vetoJudges(level, true)).toBe(false);
    expect(vetoJudges({ ...level, medianLength: VETO_LEAST_MEDIAN - 1 }, false)).toBe(false);
    const short = { ...level, medianLength: VETO_LEAST_MEDIAN - 1 };
    expect(vetoStarts(spans, table, () => short, false, BY_MEDIAN)).toBe(spans);
  });
});
