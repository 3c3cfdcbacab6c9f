import { type ArticleSpan, emptySpan, type StartKind } from "../article-span.js";
import { dumpLevel } from "../split-halves.js";
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
  return join(spans, table, () => level ?? dumpLevel(spans, table).highest).map((s) => [
    s.first,
    s.last,
  ]);
}

/** Paragraphs of a story about one subject (FERRY or another), each told in its own sentences. */
export function story(subject: readonly string[], paragraphs: number): string[] {
  return Array.from({ length: paragraphs }, (_, k) => {
    const word = (j: number) => subject[(k + j) % subject.length];
    return subject === FERRY
      ? `The ${word(0)} and the ${word(1)} were discussed again on day ${k + 1}, when officials said the ${word(2)} would follow the ${word(3)} before the ${word(4)} met.`
      : `Under a grey sky the ${word(0)} gave way to ${word(1)}, and by evening ${word(2)} and ${word(3)} filled each ${word(4)} in turn.`;
  });
}

/** A parting rule's spans over `texts`: first, last and how each starts. */
export function spansParted(
  part: (spans: ArticleSpan[], table: FeatureTable) => ArticleSpan[],
  texts: readonly string[],
  spans: ArticleSpan[],
): [number, number, string | undefined][] {
  return part(spans, new FeatureTable(texts)).map((s) => [s.first, s.last, s.start?.kind]);
}
