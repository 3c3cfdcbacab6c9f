import { KEY_IDF, STEM_IDF } from "./term-idf.js";
import { KEYS, STEMS } from "./term-store.js";
import type { FeatureTable } from "./text-features.js";

/**
 * Paragraphs a block of the dump holds when counting where a word turns up: about one story, so
 * that a story's own words fill one to three blocks and a beat's words most.
 */
export const BEAT_BLOCK = 20;

/** A paragraph range, first..last inclusive. */
interface Range {
  first: number;
  last: number;
}

/**
 * Each name's and stem's weight among `ranges` (the dump's long found articles): its corpus idf
 * times log((blocks + 1) / blocks using it), where blocks are BEAT_BLOCK paragraphs of the dump
 * holding some of those ranges. Two stories of one outlet share their beat's words, which are rare
 * in the corpus (a high idf) but turn up all over the dump; this weighs them down and keeps a
 * story's own words. Read only over long articles, whose terms the parting has already read.
 * Keys are a name's id + 1 and a stem's -(id + 1), as in `PieceTerms`.
 */
export function beatWeights(table: FeatureTable, ranges: readonly Range[]): Map<number, number> {
  const used = new Map<number, number>();
  let blocks = 0;
  let block = -1;
  let seen = new Set<number>();
  const close = () => {
    if (block < 0) return;
    blocks++;
    for (const key of seen) used.set(key, (used.get(key) ?? 0) + 1);
    seen = new Set<number>();
  };
  for (const range of ranges)
    for (let p = range.first; p <= range.last; p++) {
      const at = Math.floor(p / BEAT_BLOCK);
      if (at !== block) {
        close();
        block = at;
      }
      forEachTerm(table, p, (key) => seen.add(key));
    }
  close();
  const weights = new Map<number, number>();
  for (const [key, count] of used) {
    const idf = key > 0 ? KEY_IDF : STEM_IDF;
    const id = key > 0 ? key - 1 : -key - 1;
    weights.set(key, idf.get(id) * Math.log((blocks + 1) / count));
  }
  return weights;
}

// Each table's weights over all its paragraphs, read once: a dump parsed whole asks them for
// its beat level (`DumpLevel.beat`) and again for its beat join.
const dumpWeights = new WeakMap<FeatureTable, ReadonlyMap<number, number>>();

/**
 * The beat weights read over every paragraph of the dump (`beatWeights`): for the join, whose
 * pieces may be short articles the long ones never name.
 */
export function dumpBeatWeights(table: FeatureTable): ReadonlyMap<number, number> {
  let weights = dumpWeights.get(table);
  if (weights === undefined) {
    weights = beatWeights(table, [{ first: 0, last: table.paragraphs.length - 1 }]);
    dumpWeights.set(table, weights);
  }
  return weights;
}

// The weights of each table's long found articles (`articleBeatWeights`): set for a piece of a
// large dump (the dump's own), else those read last, for parse-text.ts to hand on.
const presetArticleWeights = new WeakMap<FeatureTable, ReadonlyMap<number, number>>();
const readArticleWeights = new WeakMap<FeatureTable, ReadonlyMap<number, number>>();

/**
 * The beat weights over `ranges`, the table's long found articles (`beatWeights`), for parting
 * articles by their beat (beat-halves.ts): a large dump's own where set for a piece of it
 * (`useDumpBeat`), so that every piece parts alike.
 */
export function articleBeatWeights(
  table: FeatureTable,
  ranges: readonly Range[],
): ReadonlyMap<number, number> {
  const preset = presetArticleWeights.get(table);
  if (preset !== undefined) return preset;
  const weights = beatWeights(table, ranges);
  readArticleWeights.set(table, weights);
  return weights;
}

/**
 * A dump's beat weights, read once from its first lines (parse-text.ts): over all their
 * paragraphs (`dumpBeatWeights`) and over their long found articles (`articleBeatWeights`, where
 * there were any).
 */
export interface DumpBeat {
  paragraphs: ReadonlyMap<number, number>;
  articles?: ReadonlyMap<number, number>;
}

/** The beat weights the table's parse read (or was given), to hand on to a dump's other pieces. */
export function dumpBeat(table: FeatureTable): DumpBeat {
  return {
    paragraphs: dumpBeatWeights(table),
    articles: presetArticleWeights.get(table) ?? readArticleWeights.get(table),
  };
}

/** Has the table's parse read the dump's beat weights, not its own: for each piece of a dump. */
export function useDumpBeat(table: FeatureTable, beat: DumpBeat): void {
  dumpWeights.set(table, beat.paragraphs);
  if (beat.articles !== undefined) presetArticleWeights.set(table, beat.articles);
}

/** Calls `each` with paragraph p's names (once a mention) and stems (once), as weight keys. */
function forEachTerm(table: FeatureTable, p: number, each: (key: number) => void): void {
  const record = table.lexical(p);
  const terms = record.terms;
  for (let j = record.from(KEYS); j < record.to(KEYS); j++) each((terms[j] as number) + 1);
  for (let j = record.from(STEMS); j < record.to(STEMS); j++) each(-(terms[j] as number) - 1);
}
