import { emptyGapFeatures, type GapFeatures } from "./gap-features.js";
import { RIGHT_WINDOW } from "./gap-windows.js";
import { ledeFeatures } from "./lede-features.js";
import type { LeftContext } from "./left-context.js";
import { type LexicalFeatures, NO_LEXICAL } from "./lexical-features.js";
import { type IdfTable, KEY_IDF, STEM_IDF } from "./term-idf.js";
import { TermSet } from "./term-set.js";
import { KEYS, STEMS, type TermKind, TITLED_REFS } from "./term-store.js";
import type { TermWindow } from "./term-window.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";
import { vocabularyDivergence } from "./vocabulary-divergence.js";

/**
 * Measures the gap before body[g], where `context` holds what came before it in the current
 * article. Writes into `into` when given: scanning a dump allocates only the few-entry list of
 * right-hand paragraphs per gap. Without `withCohesion`, the cohesion and topic features in
 * `into` are left as they are: the gap scorer measures them apart (GapScorer).
 */
export function gapFeatures(
  context: LeftContext,
  table: FeatureTable,
  body: readonly number[],
  g: number,
  into: GapFeatures = emptyGapFeatures(),
  withCohesion = true,
): GapFeatures {
  const lede = table.lexical(body[g] as number);
  const right = rightScratch;
  const n = rightWindow(table, body, g);
  let backReferences = 0;
  for (let k = 0; k < n; k++) {
    const f = right[k] as LexicalFeatures;
    const to = f.to(TITLED_REFS);
    for (let i = f.from(TITLED_REFS); i < to; i++)
      if (context.surnames.has(f.terms[i] as number)) backReferences++;
  }
  ledeFeatures(table.paragraphs[body[g] as number] as ParagraphFeatures, lede, into);
  into.anaphoricOpening = lede.openingNoun !== null && context.stems.has(lede.openingNoun) ? 1 : 0;
  into.titledBackReferences = Math.min(backReferences, 3) / 3;
  into.castBreak = 1 - continuity(context.keys, right, n, KEYS, 1, false);
  into.vocabularyBreak = 1 - continuity(context.stems, right, n, STEMS, 2, true);
  into.newCastRecurs = recurrence(lede, right, n, context.keys);
  into.endingLike = g > 0 ? table.lexical(body[g - 1] as number).endingLike : 0;
  into.afterQuestion = g > 0 && endsWithQuestion(table.text(body[g - 1] as number)) ? 1 : 0;
  if (withCohesion) {
    addCohesion(context, table, body, g, into);
    context.topics.measure(context.segmentStart, g, into);
  }
  return into;
}

/** Fills in the cohesion features of the gap before body[g]. */
export function addCohesion(
  context: LeftContext,
  table: FeatureTable,
  body: readonly number[],
  g: number,
  into: GapFeatures,
): void {
  const n = rightWindow(table, body, g);
  into.wordCohesion = cohesion(context.stems, rightScratch, n, STEMS, STEM_IDF);
  into.ledeCohesion = cohesionOfFirst;
  into.castCohesion = cohesion(context.keys, rightScratch, n, KEYS, KEY_IDF);
  // Only the short stories' model reads it: in a long story the mix of words moves at every turn
  // (a background section, a new speaker), and both models that read whole articles lost with it
  // (docs/tried.md, "vocabularyDivergence"). Elsewhere 0, where their shapes of it are flat,
  // unmeasured.
  into.vocabularyDivergence = context.readsShortStoryGaps
    ? vocabularyDivergence(table, body, context.segmentStart, g)
    : 0;
}

// The paragraphs from the would-be lede on, RIGHT_WINDOW at most: one list, reused, whose
// length never changes (emptying an array frees its storage, and every gap grew it again).
const rightScratch: LexicalFeatures[] = Array.from({ length: RIGHT_WINDOW }, () => NO_LEXICAL);

/** Puts the paragraphs from body[g] on into rightScratch; returns how many. */
function rightWindow(table: FeatureTable, body: readonly number[], g: number): number {
  let n = 0;
  for (let k = g; k < body.length && k < g + RIGHT_WINDOW; k++)
    rightScratch[n++] = table.lexical(body[k] as number);
  return n;
}

/** Share of the paragraphs after the lede that return to names the lede brought in. */
function recurrence(
  lede: LexicalFeatures,
  window: readonly LexicalFeatures[],
  n: number,
  known: TermWindow,
): number {
  if (n < 2) return 0;
  // The lede's keys the left side does not know, listed once: each key of the window is looked
  // for among them alone, where it was looked for among all the lede's keys and then in `known`.
  let introduced = 0;
  const ledeKeysEnd = lede.to(KEYS);
  for (let i = lede.from(KEYS); i < ledeKeysEnd; i++) {
    const key = lede.terms[i] as number;
    if (!known.has(key)) introducedKeys[introduced++] = key;
  }
  if (introduced === 0) return 0;
  let returning = 0;
  for (let k = 1; k < n; k++) {
    const f = window[k] as LexicalFeatures;
    const to = f.to(KEYS);
    for (let i = f.from(KEYS); i < to; i++) {
      if (isIntroduced(f.terms[i] as number, introduced)) {
        returning++;
        break;
      }
    }
  }
  return returning / (n - 1);
}

// The lede's new keys in recurrence, reused from gap to gap (only its first entries are read).
const introducedKeys: number[] = [];

function isIntroduced(key: number, count: number): boolean {
  for (let i = 0; i < count; i++) if (introducedKeys[i] === key) return true;
  return false;
}

const QUESTION_END = /\?["”’)]?$/;

function endsWithQuestion(text: string): boolean {
  return QUESTION_END.test(text);
}

/**
 * Share of the window's terms, each counted once and weighted by its idf, that the left side
 * used: common words say little, a rare word used on both sides says the story goes on. The
 * same share for the window's first paragraph alone is left in cohesionOfFirst.
 */
function cohesion(
  left: TermWindow,
  window: readonly LexicalFeatures[],
  n: number,
  kind: TermKind,
  idf: IdfTable,
): number {
  cohesionOfFirst = 0;
  if (left.length === 0) return 0;
  let shared = 0;
  let total = 0;
  cohesionSeen.clear();
  for (let k = 0; k < n; k++) {
    const f = window[k] as LexicalFeatures;
    const to = f.to(kind);
    for (let i = f.from(kind); i < to; i++) {
      const t = f.terms[i] as number;
      if (!cohesionSeen.add(t)) continue;
      const weight = idf.get(t);
      total += weight;
      if (left.has(t)) shared += weight;
    }
    if (k === 0) cohesionOfFirst = total === 0 ? 0 : shared / total;
  }
  return total === 0 ? 0 : shared / total;
}

let cohesionOfFirst = 0;
const cohesionSeen = new TermSet();

// The terms one right-side paragraph has counted so far.
const counted = new TermSet();

/**
 * Share of the right-side paragraphs that go on with the left side's core: the terms it used
 * at least twice, or in its first paragraph. An article keeps returning to its main actors and
 * subject; the next article does not. `distinct`: each paragraph's list holds a term once (its
 * stems do, its keys hold every mention), so none need be counted off.
 */
function continuity(
  left: TermWindow,
  window: readonly LexicalFeatures[],
  n: number,
  kind: TermKind,
  needed: number,
  distinct: boolean,
): number {
  if (n === 0 || left.length === 0) return 1;
  // Count each term once: a name mentioned twice in one paragraph is one sign. Nothing to count
  // off where the terms are distinct, or where the first hit is all that is needed.
  const countOff = !distinct && needed > 1;
  let continuing = 0;
  for (let k = 0; k < n; k++) {
    const f = window[k] as LexicalFeatures;
    const to = f.to(kind);
    let hits = 0;
    if (countOff) counted.clear();
    for (let i = f.from(kind); i < to && hits < needed; i++) {
      const t = f.terms[i] as number;
      if (left.isCore(t) && (!countOff || counted.add(t))) hits++;
    }
    if (hits >= needed) continuing++;
  }
  return continuing / n;
}
