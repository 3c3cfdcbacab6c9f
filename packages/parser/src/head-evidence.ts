import { codeUnitsOf } from "./code-units.js";
import type { GapFeatures } from "./gap-features.js";
import { HEAD_SIBLING_NAMES, type HeadSiblings } from "./head-siblings.js";
import { IdList } from "./id-list.js";
import type { LexicalFeatures } from "./lexical-features.js";
import { paragraphLogit } from "./paragraph-signals.js";
import { type IdfTable, KEY_IDF, STEM_IDF } from "./term-idf.js";
import { TermSet } from "./term-set.js";
import { KEYS, STEMS, type TermKind } from "./term-store.js";
import { TOPIC_FEATURE_NAMES } from "./topic-features.js";
import { isWordChar, WordReader } from "./words.js";

// The rest of the gap evidence across the line, weighed as the headless gap's is.
const GAP_NAMES_AS_THEY_ARE = [
  ...TOPIC_FEATURE_NAMES,
  "castBreak",
  "anaphoricOpening",
  "dayAnchor",
] as const satisfies readonly (keyof GapFeatures)[];

/**
 * The evidence that a headline-like line inside an article's run opens a new article rather
 * than heads a section of this one (a subhead) or is page debris: how much it reads like a real
 * headline, how much the paragraph under it reads like a lede and the one above like an
 * article's end, and whether the text under it carries on the article's words and names; then
 * the gap evidence of the same position (head-gap.ts), so that the line and the break across it
 * are weighed in one decision: a title-like line over text that goes on with the same story is
 * a subhead, one over text that breaks with it a headline. And where the line stands among the
 * headline-like lines around it (head-siblings.ts): the items of a roundup or a list, and a long
 * read's subheads, stand a few short paragraphs apart.
 */
export const HEAD_FEATURE_NAMES = [
  "headline",
  "nextLede",
  "previousEnding",
  "wordCohesion",
  "subheadRule",
  "short",
  "sentenceCase",
  "vocabularyBreak",
  "newCastRecurs",
  "rightWordCohesion",
  "rightCastCohesion",
  "fullName",
  "longLede",
  "previousShort",
  "lineInNext",
  "lineInBefore",
  "debrisAbove",
  "noBodyYet",
  "allCaps",
  "lineInRun",
  ...HEAD_SIBLING_NAMES,
  ...GAP_NAMES_AS_THEY_ARE,
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
  /** The gap evidence across the line (head-gap.ts). */
  gap: GapFeatures;
  /** The line's own words and names, and the text of the paragraph under it. */
  line: LexicalFeatures;
  nextText: string;
  /** Page debris or a separator stands between the text above and the line. */
  debrisAbove: boolean;
  /**
   * No paragraph of prose stands between the article's start and the line: it hangs under the
   * headline (a second deck, a label), and an article without a body opens nothing.
   */
  noBodyYet: boolean;
  /** The line among the headline-like lines around it (head-siblings.ts). */
  siblings: HeadSiblings;
  /** Written in capitals throughout. */
  allCaps: boolean;
  /** The text of the next few paragraphs of prose after `nextText`. */
  runText: readonly string[];
}

const LOGIT_CLIP = 8;
const SHORT_PREVIOUS_WORDS = 12;
const nextTerms = new TermSet();
const lineStems = new IdList();
const nextStems = new IdList();
const reader = new WordReader();

/** The stems of a text's words of four letters or more, whatever their case, into `out`. */
function foldedStems(text: string, out: IdList): void {
  out.clear();
  const units = codeUnitsOf(text);
  for (let start = 0; start < text.length; ) {
    if (!isWordChar(units[start] as number)) {
      start++;
      continue;
    }
    reader.read(units, text.length, start);
    if (reader.stop - start >= 4 && reader.stem >= 0) out.push(reader.stem);
    start = reader.end;
  }
}

export function headEvidence(c: HeadContext, into = {} as HeadEvidence): HeadEvidence {
  const z = paragraphLogit("headline", c.text);
  into.headline = Math.max(-LOGIT_CLIP, Math.min(LOGIT_CLIP, z)) / LOGIT_CLIP;
  into.nextLede = c.next.ledeLike;
  into.previousEnding = c.previous === null ? 1 : c.previous.endingLike;
  into.wordCohesion = shareOfList(c.next, STEMS, c.recentWords, STEM_IDF);
  into.subheadRule = c.subhead ? 1 : 0;
  into.short = c.words <= 4 ? 1 : 0;
  into.sentenceCase = c.sentenceCase ? 1 : 0;
  const gap = c.gap;
  into.vocabularyBreak = gap.vocabularyBreak;
  into.newCastRecurs = gap.newCastRecurs;
  into.rightWordCohesion = gap.wordCohesion;
  into.rightCastCohesion = gap.castCohesion;
  into.fullName = gap.fullName;
  into.longLede = gap.long;
  // A list of links or headlines above: roundups and promotions, not an article's last line.
  into.previousShort = c.previous !== null && c.previous.words < SHORT_PREVIOUS_WORDS ? 1 : 0;
  // A headline's words come back in its lede; a subhead's were the article's already.
  // Headlines capitalize their words and ledes do not: the two are compared case-folded.
  foldedStems(c.text, lineStems);
  foldedStems(c.nextText, nextStems);
  nextTerms.clear();
  addAll(nextStems, nextTerms);
  into.lineInNext = shareIn(lineStems, nextTerms, STEM_IDF);
  into.lineInBefore = Math.max(
    shareIn(lineStems, c.recentWords, STEM_IDF),
    shareOfList(c.line, KEYS, c.cast, KEY_IDF),
  );
  into.debrisAbove = c.debrisAbove ? 1 : 0;
  into.noBodyYet = c.noBodyYet ? 1 : 0;
  into.allCaps = c.allCaps ? 1 : 0;
  // A headline's words come back in the first paragraphs of its story, a promotion's of other
  // coverage nowhere under it. The next paragraph's stems are in nextTerms already.
  for (const text of c.runText) {
    foldedStems(text, nextStems);
    addAll(nextStems, nextTerms);
  }
  into.lineInRun = shareIn(lineStems, nextTerms, STEM_IDF);
  for (const name of HEAD_SIBLING_NAMES) into[name] = c.siblings[name];
  for (const name of GAP_NAMES_AS_THEY_ARE) into[name] = gap[name];
  return into;
}

const echoTerms = new TermSet();

/**
 * How much of a line's words (idf-weighted, case-folded) come back in the text under it: a
 * headline's come back in its lede, a link to another story's do not.
 */
export function lineEcho(line: string, under: string): number {
  foldedStems(line, lineStems);
  foldedStems(under, nextStems);
  echoTerms.clear();
  addAll(nextStems, echoTerms);
  return shareIn(lineStems, echoTerms, STEM_IDF);
}

/** Share of the terms, weighted by idf, that the set holds. */
function shareIn(terms: IdList, set: TermSet, idf: IdfTable): number {
  return shareInRange(terms.items, 0, terms.length, set, idf);
}

function addAll(list: IdList, set: TermSet): void {
  for (let i = 0; i < list.length; i++) set.add(list.items[i] as number);
}

/** shareIn of the paragraph's term list of that kind. */
function shareOfList(f: LexicalFeatures, kind: TermKind, set: TermSet, idf: IdfTable): number {
  return shareInRange(f.terms, f.from(kind), f.to(kind), set, idf);
}

function shareInRange(
  terms: ArrayLike<number>,
  from: number,
  to: number,
  set: TermSet,
  idf: IdfTable,
): number {
  let total = 0;
  let shared = 0;
  for (let i = from; i < to; i++) {
    const t = terms[i] as number;
    const w = idf.get(t);
    total += w;
    if (set.has(t)) shared += w;
  }
  return total === 0 ? 0 : shared / total;
}
