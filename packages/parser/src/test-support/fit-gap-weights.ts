import { readFileSync } from "node:fs";
import { bodyParagraphs } from "../content-paragraphs.js";
import type { GapSample } from "../corpus/gap-sample.js";
import { findExplicitStarts } from "../explicit-starts.js";
import { GAP_FEATURE_NAMES } from "../gap-features.js";
import { LeftContext } from "../left-context.js";
import { splitLines } from "../lines.js";
import { gapFeatures } from "../measure-gap.js";
import { groupParagraphs } from "../paragraphs.js";
import { FeatureTable } from "../text-features.js";
import { type ComposedDump, composeDump, type Layout, shuffled } from "./compose-dump.js";
import type { FixtureArticle } from "./fixture-articles.js";

/** A run of body paragraphs between explicit starts, and which of its gaps are true starts. */
export interface LabeledRun {
  table: FeatureTable;
  body: number[];
  /** 1 where an article truly starts before body[g] (index 0 is the run's own start). */
  labels: Uint8Array;
}

/** The runs of a dump's body paragraphs between explicit starts, labeled with the truth. */
export function labeledRuns(text: string, trueStarts: ReadonlySet<number>): LabeledRun[] {
  const paragraphs = groupParagraphs(splitLines(text));
  const table = new FeatureTable(paragraphs.map((p) => p.text));
  const heads = findExplicitStarts(paragraphs, table);
  return heads.map((head, h) => {
    const end =
      h + 1 < heads.length
        ? (heads[h + 1] as (typeof heads)[number]).span.first - 1
        : paragraphs.length - 1;
    const body = bodyParagraphs(table.paragraphs, head.bodyStart, end);
    const labels = new Uint8Array(body.length);
    body.forEach((k, g) => {
      if (g > 0 && trueStarts.has(paragraphs[k]?.startLine ?? 0)) labels[g] = 1;
    });
    return { table, body, labels };
  });
}

/**
 * Where the article each gap is measured in began: at the true start before it ("true", as the
 * segmenter measures a gap once it found the starts before it), at the stretch's start
 * ("whole": what the whole stretch said before the gap), or at the starts, as body indices,
 * that a function finds in the run (as the decoder measures a gap from the start it chose
 * before it: decoder-path.ts).
 */
export type GapOrigins = "true" | "whole" | ((run: LabeledRun) => ReadonlySet<number>);

/** The body indices of a run's true starts. */
export function trueStartsOf(run: LabeledRun): Set<number> {
  const starts = new Set<number>();
  run.labels.forEach((label, g) => {
    if (label === 1) starts.add(g);
  });
  return starts;
}

/**
 * Labeled gaps of a dump: every gap between body paragraphs inside a stretch without explicit
 * marks, measured with what the article said before it back to where `origins` has it begin;
 * the short story's lean read wherever it applies unless `readsLean` is false (as the decoder
 * reads whole articles), and vocabularyDivergence only where `shortStoryGaps` (as the short
 * stories' gap model reads it).
 */
export function gapSamples(
  text: string,
  trueStarts: ReadonlySet<number>,
  origins: GapOrigins = "true",
  readsLean = true,
  shortStoryGaps = false,
): GapSample[] {
  const samples: GapSample[] = [];
  for (const run of labeledRuns(text, trueStarts)) {
    const { table, body, labels } = run;
    const starts =
      origins === "whole"
        ? new Set<number>()
        : origins === "true"
          ? trueStartsOf(run)
          : origins(run);
    const context = new LeftContext(table);
    context.topics.readsShortStories = readsLean;
    context.readsShortStoryGaps = shortStoryGaps;
    context.reset(body);
    let segmentStart = 0;
    for (let g = 1; g < body.length; g++) {
      context.moveTo(segmentStart, g);
      const evidence = gapFeatures(context, table, body, g);
      samples.push({ x: GAP_FEATURE_NAMES.map((name) => evidence[name]), y: labels[g] as number });
      if (starts.has(g)) segmentStart = g;
    }
  }
  return samples;
}

/** Dumps composed from the given articles in every layout, headlines mostly gone. */
export function composedDumps(
  articles: readonly FixtureArticle[],
  seeds: readonly number[],
): ComposedDump[] {
  const dumps: ComposedDump[] = [];
  const layouts: Layout[] = ["lines", "blank", "wrapped"];
  for (const seed of seeds) {
    // Without headlines or closing lines, every boundary is one the text alone must reveal.
    const order = shuffled(articles, seed).map((a, i) =>
      i % 2 ? { ...a, contributorLine: null } : a,
    );
    for (let from = 0; from < order.length; from += 8) {
      dumps.push(
        composeDump(order.slice(from, from + 8), {
          layout: layouts[seed % 3] as Layout,
          headlessRate: 0.85,
          duplicateHeadlineRate: 0.1,
          eol: "\n",
          wrapWidth: 64 + (seed % 16),
          seed,
        }),
      );
    }
  }
  return dumps;
}

/** Gaps of dumps composed from the given articles in every layout. */
export function composedSamples(
  articles: readonly FixtureArticle[],
  seeds: readonly number[],
  origins: GapOrigins = "true",
  readsLean = true,
  shortStoryGaps = false,
): GapSample[] {
  return composedDumps(articles, seeds).flatMap((dump) =>
    gapSamples(
      dump.text,
      new Set(dump.truth.map((t) => t.startLine)),
      origins,
      readsLean,
      shortStoryGaps,
    ),
  );
}

export function seedSamples(dumpPath: string, truthPath: string): GapSample[] {
  const truth = JSON.parse(readFileSync(truthPath, "utf8")) as {
    articles: { startLine: number }[];
  };
  return gapSamples(
    readFileSync(dumpPath, "utf8"),
    new Set(truth.articles.map((a) => a.startLine)),
  );
}

/** Plain batch gradient descent on the log loss with a little L2; returns [bias, ...weights]. */
export function fitLogistic(
  samples: readonly GapSample[],
  iterations = 3000,
  rate = 0.5,
  l2 = 0.002,
): number[] {
  const dims = (samples[0]?.x.length ?? 0) + 1;
  const w = new Array<number>(dims).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(dims).fill(0);
    for (const s of samples) {
      let z = w[0] as number;
      for (let d = 1; d < dims; d++) z += (w[d] as number) * (s.x[d - 1] as number);
      const error = 1 / (1 + Math.exp(-z)) - s.y;
      grad[0] = (grad[0] as number) + error;
      for (let d = 1; d < dims; d++) grad[d] = (grad[d] as number) + error * (s.x[d - 1] as number);
    }
    for (let d = 0; d < dims; d++) {
      const reg = d === 0 ? 0 : l2 * (w[d] as number);
      w[d] = (w[d] as number) - rate * ((grad[d] as number) / samples.length + reg);
    }
  }
  return w;
}
