import type { ArticleSpan } from "./article-span.js";
import { type DumpLevel, levelWithout, medianWithout } from "./dump-level.js";
import { LEARNED_START_VETO } from "./learned/start-veto-data.js";
import { joinedWhere, PIECE_PARAGRAPHS, pieceCohesion } from "./split-halves.js";
import type { FeatureTable } from "./text-features.js";

/** A logistic model of a false start over START_VETO_FEATURES, and the bar it vetoes from. */
export interface StartVeto {
  bias: number;
  weights: readonly number[];
  /** The probability of a false start from which the start is dropped. */
  bar: number;
}

/**
 * The veto's bar: chosen on folds 2-3 among 0.45-0.65, where it kept exact articles best on both
 * (docs/tried.md, "False starts: a learned start veto"; an earlier trial on fold 1, every file
 * fitted without it, chose it too among 0.4-0.8).
 */
export const START_VETO_BAR = 0.55;

/** The learned veto (corpus/train-start-veto.ts) at START_VETO_BAR. */
export const LEARNED_VETO: StartVeto = { ...LEARNED_START_VETO, bar: START_VETO_BAR };

/**
 * The fewest paragraphs of the dump's median found article for the veto to judge: under it the
 * dump is one of briefs, whose pieces are too short for their cohesion to tell anything.
 */
export const VETO_LEAST_MEDIAN = 6;

/** The features of a start, in the order of the model's weights. */
export const START_VETO_FEATURES = [
  "headline start",
  "decoded cut",
  "parting",
  "headline score",
  "decoder log-odds",
  "title-like line",
  "piece above / median (log)",
  "piece below / median (log)",
  "shorter piece / median (log)",
  "cohesion",
  "cohesion over the other starts' highest",
  "cohesion over the other starts' median",
  "median found length (log)",
] as const;

/** The kinds of start the veto judges: a headline's, a decoded cut's, a parting's (score 0). */
export type VetoKind = "headline" | "decoded" | "parting";

/** How `span` was started, as the veto tells kinds apart; null for a start it does not judge. */
export function vetoKind(span: ArticleSpan): VetoKind | null {
  const start = span.start;
  if (start === undefined) return null;
  if (start.kind === "headline") return "headline";
  if (start.kind === "gap") return start.score === 0 ? "parting" : "decoded";
  return null;
}

// Log-odds and scores are clipped so that a sure start's extreme score does not swamp the rest.
const SCORE_CLIP = 10;

function clip(v: number): number {
  return Math.max(-SCORE_CLIP, Math.min(SCORE_CLIP, v));
}

/**
 * The veto's features of the start of `span` under `above` (as parsed), or null where it is not
 * judged: a kind it does not judge, a dump with no other explicit start (its level without this
 * start is -Infinity), or no median found length. `level` is the dump's, read once for the whole
 * dump (parse-text.ts), so a large dump's pieces read the same features.
 */
export function startVetoFeatures(
  above: ArticleSpan,
  span: ArticleSpan,
  table: FeatureTable,
  level: DumpLevel,
): Float64Array | null {
  const kind = vetoKind(span);
  const median = level.medianLength;
  if (kind === null || median === undefined || median <= 0) return null;
  const line = table.lineOf(span.first);
  const highest = levelWithout(level, line);
  if (highest === Number.NEGATIVE_INFINITY) return null;
  const middle = medianWithout(level, line, 1);
  const score = span.start?.score ?? 0;
  // Read up to PIECE_PARAGRAPHS, as the cohesion reads them: within the reach a piece of a large
  // dump holds past a start it is cut at (parse-text.ts), so its pieces judge the start alike.
  const up = Math.min(PIECE_PARAGRAPHS, span.first - above.first);
  const down = Math.min(PIECE_PARAGRAPHS, span.last - span.first + 1);
  const cohesion = pieceCohesion(table, above, span);
  const titleLike = span.headline !== null || table.paragraphs[span.first]?.headlineLike === true;
  return Float64Array.of(
    kind === "headline" ? 1 : 0,
    kind === "decoded" ? 1 : 0,
    kind === "parting" ? 1 : 0,
    kind === "headline" ? clip(score) : 0,
    kind === "decoded" ? clip(score) : 0,
    titleLike ? 1 : 0,
    Math.log(Math.max(up, 1) / median),
    Math.log(Math.max(down, 1) / median),
    Math.log(Math.max(Math.min(up, down), 1) / median),
    cohesion,
    cohesion - highest,
    middle === Number.NEGATIVE_INFINITY ? 0 : cohesion - middle,
    Math.log(median),
  );
}

/** The model's probability that the start with `features` is false. */
export function falseStartChance(veto: StartVeto, features: Float64Array): number {
  let z = veto.bias;
  for (let k = 0; k < features.length; k++) z += (veto.weights[k] ?? 0) * (features[k] as number);
  return 1 / (1 + Math.exp(-z));
}

/** Whether the veto judges starts in a dump with this level and reading at all. */
export function vetoJudges(level: DumpLevel, shortStories: boolean): boolean {
  return (
    !shortStories &&
    level.highest !== Number.NEGATIVE_INFINITY &&
    (level.medianLength ?? 0) >= VETO_LEAST_MEDIAN
  );
}

/**
 * The learned start veto (issue #13's false starts): each headline start, decoded cut or parting
 * after the dump's first that the model reads as false with a chance of `veto.bar` or more is
 * dropped, its span one with the span above. Off where the dump is read as short stories, where
 * its median found article runs under VETO_LEAST_MEDIAN paragraphs, and where it has no other
 * explicit start to weigh the pieces' cohesion against. `level` is asked only where a start could
 * be judged.
 */
export function vetoStarts(
  spans: ArticleSpan[],
  table: FeatureTable,
  level: () => DumpLevel,
  shortStories: boolean,
  veto: StartVeto = LEARNED_VETO,
): ArticleSpan[] {
  if (shortStories) return spans;
  let any = false;
  for (let i = 1; i < spans.length && !any; i++) any = vetoKind(spans[i] as ArticleSpan) !== null;
  if (!any) return spans;
  const dump = level();
  if (!vetoJudges(dump, shortStories)) return spans;
  return joinedWhere(spans, (above, span) => {
    const features = startVetoFeatures(above, span, table, dump);
    return features !== null && falseStartChance(veto, features) >= veto.bar;
  });
}
