import { readFileSync } from "node:fs";
import { GAP_FEATURE_NAMES, gapFeatures, LeftContext } from "../gap-features.js";
import { splitLines } from "../lines.js";
import { groupParagraphs } from "../paragraphs.js";
import { bodyParagraphs, findExplicitStarts } from "../segment.js";
import { FeatureTable } from "../text-features.js";
import { composeDump, type Layout, shuffled } from "./compose-dump.js";
import type { FixtureArticle } from "./fixture-articles.js";

export interface Sample {
  x: number[];
  y: number;
}

/**
 * Labeled gaps of a dump: every gap between body paragraphs inside a stretch without explicit
 * marks, measured as the segmenter would if it had found the true boundaries before it.
 */
export function gapSamples(text: string, trueStarts: ReadonlySet<number>): Sample[] {
  const paragraphs = groupParagraphs(splitLines(text));
  const table = new FeatureTable(paragraphs.map((p) => p.text));
  const heads = findExplicitStarts(paragraphs, table);
  const samples: Sample[] = [];
  heads.forEach((head, h) => {
    const end =
      h + 1 < heads.length
        ? (heads[h + 1] as (typeof heads)[number]).span.first - 1
        : paragraphs.length - 1;
    const body = bodyParagraphs(table.paragraphs, head.bodyStart, end);
    let segmentStart = 0;
    const context = new LeftContext(table);
    context.reset(body);
    for (let g = 1; g < body.length; g++) {
      context.moveTo(segmentStart, g);
      const line = paragraphs[body[g] as number]?.startLine ?? 0;
      const evidence = gapFeatures(context, table, body, g);
      const y = trueStarts.has(line) ? 1 : 0;
      samples.push({ x: GAP_FEATURE_NAMES.map((name) => evidence[name]), y });
      if (y === 1) segmentStart = g;
    }
  });
  return samples;
}

/** Gaps of dumps composed from the given articles in every layout. */
export function composedSamples(
  articles: readonly FixtureArticle[],
  seeds: readonly number[],
): Sample[] {
  const samples: Sample[] = [];
  const layouts: Layout[] = ["lines", "blank", "wrapped"];
  for (const seed of seeds) {
    // Without headlines or closing lines, every boundary is one the text alone must reveal.
    const order = shuffled(articles, seed).map((a, i) =>
      i % 2 ? { ...a, contributorLine: null } : a,
    );
    for (let from = 0; from < order.length; from += 8) {
      const dump = composeDump(order.slice(from, from + 8), {
        layout: layouts[seed % 3] as Layout,
        headlessRate: 0.85,
        duplicateHeadlineRate: 0.1,
        eol: "\n",
        wrapWidth: 64 + (seed % 16),
        seed,
      });
      samples.push(...gapSamples(dump.text, new Set(dump.truth.map((t) => t.startLine))));
    }
  }
  return samples;
}

export function seedSamples(dumpPath: string, truthPath: string): Sample[] {
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
  samples: readonly Sample[],
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
