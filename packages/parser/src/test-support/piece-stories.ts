import { type ArticleSpan, emptySpan, type StartKind } from "../article-span.js";
import { halvesLevel } from "../split-halves.js";
import { FeatureTable } from "../text-features.js";

// Written for the tests of the rules on whole pieces (split-halves, false-start-joins,
// weak-halves): subjects whose stories share none of their words.
export const FERRY = [
  "ferry",
  "harbour",
  "timetable",
  "crossing",
  "sailing",
  "island",
  "harbourmaster",
];
export const ORCHARD = ["orchard", "cider", "harvest", "blossom", "growers", "apples", "frost"];
export const QUARRY = [
  "quarry",
  "blasting",
  "gravel",
  "lorries",
  "permit",
  "limestone",
  "excavation",
];

/** Paragraphs `first` to `last`, started (when `kind` is given) at that kind with `score`. */
export function span(first: number, last: number, kind?: StartKind, score = 0): ArticleSpan {
  const s = { ...emptySpan(first), last };
  return kind === undefined ? s : { ...s, start: { kind, score } };
}

/** A join rule's spans over `texts`, judged against `level` or else the spans' own. */
export function spansJoined(
  join: (spans: ArticleSpan[], table: FeatureTable, level: () => number) => ArticleSpan[],
  texts: readonly string[],
  spans: ArticleSpan[],
  level?: number,
): [number, number][] {
  const table = new FeatureTable(texts);
  return join(spans, table, () => level ?? halvesLevel(spans, table)).map((s) => [s.first, s.last]);
}
