import type { LexicalFeatures } from "./lexical-features.js";
import { paragraphLogit } from "./paragraph-signals.js";
import { type IdfTable, KEY_IDF, STEM_IDF } from "./term-idf.js";
import type { TermSet } from "./term-set.js";

/**
 * The evidence that a headline-like line inside an article's run opens a new article rather
 * than heads a section of this one (a subhead) or is page debris: how much it reads like a real
 * headline, how much the paragraph under it reads like a lede and the one above like an
 * article's end, and whether the text under it carries on the article's words and names.
 */
export const HEAD_FEATURE_NAMES = [
  "headline",
  "nextLede",
  "previousEnding",
  "wordCohesion",
  "castCohesion",
  "subheadRule",
  "short",
  "sentenceCase",
] as const;

export type HeadEvidence = Record<(typeof HEAD_FEATURE_NAMES)[number], number>;

export interface HeadContext {
  /** The would-be headline's text. */
  text: string;
  words: number;
  /** The paragraph under it, and the content paragraph above it (if any). */
  next: LexicalFeatures;
  previous: LexicalFeatures | null;
  /** The recent words and the cast of the article before the line. */
  recentWords: TermSet;
  cast: TermSet;
  /** What the hand-written subhead rule says. */
  subhead: boolean;
  sentenceCase: boolean;
}

const LOGIT_CLIP = 8;

export function headEvidence(c: HeadContext, into = {} as HeadEvidence): HeadEvidence {
  const z = paragraphLogit("headline", c.text);
  into.headline = Math.max(-LOGIT_CLIP, Math.min(LOGIT_CLIP, z)) / LOGIT_CLIP;
  into.nextLede = c.next.ledeLike;
  into.previousEnding = c.previous === null ? 1 : c.previous.endingLike;
  into.wordCohesion = shareIn(c.next.stems, c.recentWords, STEM_IDF);
  into.castCohesion = shareIn(c.next.keys, c.cast, KEY_IDF);
  into.subheadRule = c.subhead ? 1 : 0;
  into.short = c.words <= 4 ? 1 : 0;
  into.sentenceCase = c.sentenceCase ? 1 : 0;
  return into;
}

/** Share of the terms, weighted by idf, that the set holds. */
function shareIn(terms: readonly number[], set: TermSet, idf: IdfTable): number {
  let total = 0;
  let shared = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as number;
    const w = idf.get(t);
    total += w;
    if (set.has(t)) shared += w;
  }
  return total === 0 ? 0 : shared / total;
}
