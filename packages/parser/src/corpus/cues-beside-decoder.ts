import type { Head } from "../article-span.js";
import { bodyParagraphs } from "../content-paragraphs.js";
import { decoderGapScore } from "../decoded-starts.js";
import { calibrated, decoderGapModel } from "../decoder-gap-models.js";
import { findExplicitStarts } from "../explicit-starts.js";
import { LeftContext } from "../left-context.js";
import { splitLines } from "../lines.js";
import { groupParagraphs, type Paragraph } from "../paragraphs.js";
import { DEFAULT_DECODER } from "../segment-tuning.js";
import { FeatureTable } from "../text-features.js";
import { auc } from "./auc.js";
import {
  articlesOfFold,
  type CorpusArticle,
  corpusOrExplain,
  VALIDATION_FOLD,
} from "./corpus-articles.js";
import { CORPUS_LAYOUTS, type CorpusLayout, corpusDumps } from "./corpus-dumps.js";
import { fitDense } from "./logistic.js";
import { offsetLogLoss } from "./offset-loss.js";

/** One gap beside the decoder: its calibrated log-odds, its label and each cue's value. */
export interface CueRow {
  score: number;
  y: number;
  f: number[];
}

/** What a cue tool reads: the fold (argument 1) and layout (argument 2) asked for, and the fold's articles. */
export interface CueToolInput {
  fold: number;
  layout: CorpusLayout;
  articles: CorpusArticle[];
}

/**
 * A cue tool's input from its command line (`[fold] [layout]`, the validation fold and one a
 * line unless told), or null once the corpus is found missing and said so (`what` names the tool).
 */
export function cueToolInput(what: string): CueToolInput | null {
  const corpus = corpusOrExplain(what, true);
  if (corpus === null) return null;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const layout = (process.argv[3] ?? "lines") as CorpusLayout;
  if (!CORPUS_LAYOUTS.includes(layout)) {
    throw new Error(`${what}: no layout "${layout}"; give one of ${CORPUS_LAYOUTS.join(", ")}`);
  }
  return { fold, layout, articles: articlesOfFold(corpus, fold) };
}

/** One of a cue tool's dumps as the decoder reads it, with its true starts' first lines. */
export interface CueDump {
  paragraphs: Paragraph[];
  table: FeatureTable;
  heads: Head[];
  starts: Set<number>;
}

/**
 * The dumps composed from `articles` in `layout` (seed 1; of briefs where `briefs`), each read as
 * a CueDump.
 */
export function* cueDumps(
  articles: readonly CorpusArticle[],
  layout: CorpusLayout,
  briefs = false,
): Generator<CueDump> {
  for (const dump of corpusDumps(articles, { layout, seed: 1, briefs })) {
    const paragraphs = groupParagraphs(splitLines(dump.text));
    const table = new FeatureTable(paragraphs.map((p) => p.text));
    const heads = findExplicitStarts(paragraphs, table);
    yield { paragraphs, table, heads, starts: new Set(dump.truth.map((t) => t.startLine)) };
  }
}

/** The mean of a list, 0 for none. */
export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/**
 * Prints each cue (`names`, one per column of the rows' `f`) beside the decoder's log-odds: by
 * band of those log-odds (all, under the floor of -2, -2 to 0, 0 and up) how many starts and
 * other gaps show it, its mean and its AUC; then its weight fitted by logistic regression with
 * the log-odds as offset, and the log loss (nats) with it, against the loss of the offset alone.
 */
export function printCuesBesideDecoder(rows: readonly CueRow[], names: readonly string[]): void {
  const width = Math.max(...names.map((n) => n.length)) + 1;
  const band = (lo: number, hi: number) => rows.filter((r) => r.score >= lo && r.score < hi);
  for (const [label, set] of [
    ["all", rows],
    ["log-odds < -2", band(Number.NEGATIVE_INFINITY, -2)],
    ["-2 to 0", band(-2, 0)],
    ["0 and up", band(0, Number.POSITIVE_INFINITY)],
  ] as const) {
    const pos = set.filter((r) => r.y === 1);
    const neg = set.filter((r) => r.y === 0);
    console.log(`${label}: n ${set.length}, starts ${pos.length}`);
    names.forEach((name, i) => {
      const on = (s: readonly CueRow[]) => s.filter((r) => (r.f[i] as number) > 0).length;
      const avg = (s: readonly CueRow[]) => mean(s.map((r) => r.f[i] as number));
      const area = auc(
        set.map((r) => r.f[i] as number),
        set.map((r) => r.y),
      );
      console.log(
        `  ${name.padEnd(width)} >0 ${on(pos)}/${pos.length} starts vs ${on(neg)}/${neg.length}; mean ${avg(pos).toFixed(3)} / ${avg(neg).toFixed(3)}; AUC ${area.toFixed(3)}`,
      );
    });
  }
  const ys = rows.map((r) => r.y);
  const offsets = rows.map((r) => r.score);
  const lossOf = (w: number[], xs: Float64Array[]) => offsetLogLoss(rows, w, xs);
  const empty = rows.map(() => new Float64Array(0));
  const base = fitDense(empty, ys, { offsets, l2: 0.1 });
  console.log(`beside the log-odds: base loss ${lossOf(base, empty).toFixed(1)}`);
  names.forEach((name, i) => {
    const xs = rows.map((r) => Float64Array.of(r.f[i] as number));
    const w = fitDense(xs, ys, { offsets, l2: 0.1 });
    console.log(
      `  ${name.padEnd(width)} weight ${(w[1] as number).toFixed(2)}, loss ${lossOf(w, xs).toFixed(1)}`,
    );
  });
}

/** A gap deep in a decoded true story: its stretch's body, its index there, the decoder's log-odds. */
export interface DeepGap {
  body: readonly number[];
  g: number;
  score: number;
  y: number;
  /** Where the gap's true story begins, as a body index. */
  storyStart: number;
}

/**
 * The gaps `deep` or more paragraphs into the true stories of each stretch between the explicit
 * starts `heads` that the decoder reads (DEFAULT_DECODER.minStretch body paragraphs or more), with
 * the decoder's calibrated log-odds measured from the true story's start; `starts`: the true
 * starts' first lines.
 */
export function* deepDecodedGaps(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  heads: readonly Head[],
  starts: ReadonlySet<number>,
  deep: number,
): Generator<DeepGap> {
  for (let h = 0; h < heads.length; h++) {
    const head = heads[h] as Head;
    const end =
      h + 1 < heads.length ? (heads[h + 1] as Head).span.first - 1 : paragraphs.length - 1;
    const body = bodyParagraphs(table.paragraphs, head.bodyStart, end);
    if (body.length < DEFAULT_DECODER.minStretch) continue;
    const context = new LeftContext(table);
    context.reset(body);
    let storyStart = 0;
    for (let g = 1; g < body.length; g++) {
      const isStart = starts.has(paragraphs[body[g] as number]?.startLine ?? 0);
      if (g - storyStart >= deep) {
        const score = calibrated(
          decoderGapModel(context),
          decoderGapScore(context, table, body, g, Number.NEGATIVE_INFINITY, storyStart),
        );
        yield { body, g, score, y: isStart ? 1 : 0, storyStart };
      }
      if (isStart) storyStart = g;
    }
  }
}

/**
 * A logistic fit of the rows' labels on `xs` with each row's log-odds as offset: the intercept,
 * then one weight per column.
 */
export function fitBesideDecoder(rows: readonly CueRow[], xs: readonly Float64Array[]): number[] {
  return fitDense(
    xs,
    rows.map((r) => r.y),
    { offsets: rows.map((r) => r.score), l2: 0.1 },
  );
}
