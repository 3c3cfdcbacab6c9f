import { type AdditiveModel, additiveWeigher, shapeAt, shapeMax } from "./additive-model.js";
import type { LexicalFeatures } from "./lexical-features.js";
import { TermCounts } from "./term-counts.js";
import { type IdfTable, KEY_IDF, STEM_IDF } from "./term-idf.js";
import { TermSet } from "./term-set.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";
import { TOPIC_FEATURE_NAMES, TopicContext, type TopicFeatures } from "./topic-features.js";

/**
 * The evidence, at one gap between body paragraphs, that an article without a headline starts
 * there. Each value lies in [0, 1]; `gap-weights.ts` says how much each one counts.
 */
export interface GapFeatures extends TopicFeatures {
  /** The paragraph opens like a continuation: a quote, a pronoun, a conjunction. */
  continuationOpening: number;
  /** It names someone by title alone ("Mr. Rubio") before any full mention. */
  titledReference: number;
  /** It holds a multi-word proper name, as ledes introducing their cast do. */
  fullName: number;
  /** It is short (under 12 words), as ledes seldom are. */
  short: number;
  /** Its first sentence says when ("on Tuesday"), as hard-news ledes do. */
  dayAnchor: number;
  /** It opens with a definite noun ("The studio ...") the paragraphs before it just used. */
  anaphoricOpening: number;
  /** Titled mentions on the right of people introduced on the left, up to three. */
  titledBackReferences: number;
  /** Share of right-side paragraphs that never return to the left side's main names. */
  castBreak: number;
  /** Share of right-side paragraphs that never return to the left side's recent vocabulary. */
  vocabularyBreak: number;
  /** Share of the next paragraphs that return to names this one brought in: a lede's cast recurs. */
  newCastRecurs: number;
  /** Its first sentence adds to what came before ("also", "too", "again"). */
  additive: number;
  /** How much it reads like a real lede (learned from the newsroom corpus). */
  ledeLike: number;
  /** Its length, in words over 80, up to 1: ledes say a lot. */
  long: number;
  /** How much the paragraph before the gap reads like an article's last one (learned). */
  endingLike: number;
  /** Share of the lede's words, weighted by idf, that the recent paragraphs before it used. */
  ledeCohesion: number;
  /** The same for the lede and the paragraphs after it. */
  wordCohesion: number;
  /** Share of the names on the right, weighted by idf, that the article on the left named. */
  castCohesion: number;
  /** The paragraph before asks a question: this one answers it, as in an interview. */
  afterQuestion: number;
}

export const GAP_FEATURE_NAMES = [
  "continuationOpening",
  "titledReference",
  "fullName",
  "short",
  "dayAnchor",
  "anaphoricOpening",
  "titledBackReferences",
  "castBreak",
  "vocabularyBreak",
  "newCastRecurs",
  "additive",
  "ledeLike",
  "long",
  "endingLike",
  "ledeCohesion",
  "wordCohesion",
  "castCohesion",
  "afterQuestion",
  ...TOPIC_FEATURE_NAMES,
] as const satisfies readonly (keyof GapFeatures)[];

/** The features of the would-be lede alone, which need no context. */
export const LEDE_FEATURE_NAMES = [
  "continuationOpening",
  "titledReference",
  "fullName",
  "short",
  "dayAnchor",
  "additive",
  "ledeLike",
  "long",
] as const satisfies readonly (keyof GapFeatures)[];

export function ledeFeatures(
  lede: ParagraphFeatures,
  lexical: LexicalFeatures,
  into: Pick<GapFeatures, (typeof LEDE_FEATURE_NAMES)[number]> = {} as GapFeatures,
): Pick<GapFeatures, (typeof LEDE_FEATURE_NAMES)[number]> {
  into.continuationOpening = lede.continuationOpening ? 1 : 0;
  into.titledReference = lexical.titledRefs.length > 0 ? 1 : 0;
  into.fullName = lexical.hasFullName ? 1 : 0;
  into.short = lexical.words < 12 ? 1 : 0;
  into.dayAnchor = lexical.dayAnchor ? 1 : 0;
  into.additive = lexical.additive ? 1 : 0;
  into.ledeLike = lexical.ledeLike;
  into.long = Math.min(1, lexical.words / 80);
  return into;
}

/** Paragraphs on each side that a gap is judged by. */
export const RIGHT_WINDOW = 4;
const LEFT_WINDOW = 25;
export const RECENT_WINDOW = 8;

const keysOf = (f: LexicalFeatures) => f.keys;
const stemsOf = (f: LexicalFeatures) => f.stems;

/**
 * Term counts over a run of paragraphs, body[first..end), kept up to date as the run moves
 * forward: one paragraph in and one out per gap, however long the run.
 */
class TermWindow {
  private readonly counts = new TermCounts();
  private readonly members: LexicalFeatures[] = [];
  // The terms of members[0], as a set, for isCore.
  private readonly firstTerms = new TermSet();
  private firstIndexed: LexicalFeatures | undefined;
  private first = 0;
  private end = 0;

  constructor(private readonly terms: (f: LexicalFeatures) => readonly number[]) {}

  /** Makes the run body[from..to), keeping what it already holds of that. */
  cover(from: number, to: number, at: (k: number) => LexicalFeatures): void {
    // Runs only move forward within a stretch; anything else starts over.
    if (from < this.first || to < this.end || from >= this.end) {
      this.clear();
      this.first = from;
      this.end = from;
    }
    for (; this.first < from; this.first++) this.remove();
    for (; this.end < to; this.end++) this.add(at(this.end));
  }

  clear(): void {
    this.counts.clear();
    this.members.length = 0;
    this.first = 0;
    this.end = 0;
  }

  private add(f: LexicalFeatures): void {
    const terms = this.terms(f);
    for (let i = 0; i < terms.length; i++) this.counts.add(terms[i] as number, 1);
    this.members.push(f);
  }

  private remove(): void {
    const f = this.members.shift();
    if (f === undefined) return;
    const terms = this.terms(f);
    for (let i = 0; i < terms.length; i++) this.counts.add(terms[i] as number, -1);
  }

  get length(): number {
    return this.members.length;
  }

  has(t: number): boolean {
    return this.counts.get(t) > 0;
  }

  /** The run's core: what it used at least twice, or in its first paragraph. */
  isCore(t: number): boolean {
    const count = this.counts.get(t);
    if (count >= 2) return true;
    if (count === 0) return false;
    const first = this.members[0];
    if (first === undefined) return false;
    if (first !== this.firstIndexed) {
      this.firstTerms.clear();
      for (const term of this.terms(first)) this.firstTerms.add(term);
      this.firstIndexed = first;
    }
    return this.firstTerms.has(t);
  }
}

/**
 * What the paragraphs before a gap, back to the start of the current article, have said.
 * Moving to a later gap updates the windows by the paragraphs that enter and leave them, so
 * scanning a long stretch costs the same per gap however long the windows are. One context
 * serves a dump: `reset` points it at the next stretch.
 */
export class LeftContext {
  readonly keys = new TermWindow(keysOf);
  readonly surnames = new TermWindow((f) => f.surnames);
  readonly stems = new TermWindow(stemsOf);
  readonly topics: TopicContext;
  /** Where the current article begins, as a body index (see moveTo). */
  segmentStart = 0;
  private body: readonly number[] = [];

  constructor(private readonly table: FeatureTable) {
    this.topics = new TopicContext(table);
  }

  /** Starts over on another stretch of body paragraphs. */
  reset(body: readonly number[]): void {
    this.body = body;
    this.keys.clear();
    this.surnames.clear();
    this.stems.clear();
    this.topics.reset(body);
  }

  private readonly at = (k: number): LexicalFeatures => this.table.lexical(this.body[k] as number);

  /** Positions the windows on the gap before body[g], in the article begun at body[segmentStart]. */
  moveTo(segmentStart: number, g: number): void {
    this.segmentStart = segmentStart;
    this.keys.cover(Math.max(segmentStart, g - LEFT_WINDOW), g, this.at);
    this.surnames.cover(Math.max(segmentStart, g - LEFT_WINDOW), g, this.at);
    this.stems.cover(Math.max(segmentStart, g - RECENT_WINDOW), g, this.at);
  }
}

/**
 * Measures the gap before body[g], where `context` holds what came before it in the current
 * article. Writes into `into` when given: scanning a dump allocates only the few-entry list of
 * right-hand paragraphs per gap.
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
  const right = rightWindow(table, body, g);
  let backReferences = 0;
  for (const f of right) {
    for (const name of f.titledRefs) if (context.surnames.has(name)) backReferences++;
  }
  ledeFeatures(table.paragraphs[body[g] as number] as ParagraphFeatures, lede, into);
  into.anaphoricOpening = lede.openingNoun !== null && context.stems.has(lede.openingNoun) ? 1 : 0;
  into.titledBackReferences = Math.min(backReferences, 3) / 3;
  into.castBreak = 1 - continuity(context.keys, right, 0, keysOf, 1);
  into.vocabularyBreak = 1 - continuity(context.stems, right, 0, stemsOf, 2);
  into.newCastRecurs = recurrence(lede, right, context.keys);
  into.endingLike = g > 0 ? table.lexical(body[g - 1] as number).endingLike : 0;
  into.afterQuestion = g > 0 && endsWithQuestion(table.text(body[g - 1] as number)) ? 1 : 0;
  if (withCohesion) {
    addCohesion(context, table, body, g, into);
    context.topics.measure(context.segmentStart, g, into);
  } else {
    into.wordCohesion = into.ledeCohesion = into.castCohesion = 0;
    into.topicShift = into.ledeTopicShift = into.topicDepth = 0;
    into.topicContinues = into.ledeTopicContinues = into.topicMeasured = 0;
  }
  return into;
}

/** The idf-weighted cohesion features, which cost the most: see gapFeatures. */
export const COHESION_FEATURE_NAMES = [
  "ledeCohesion",
  "wordCohesion",
  "castCohesion",
] as const satisfies readonly (keyof GapFeatures)[];

/** Fills in the cohesion features of the gap before body[g]. */
export function addCohesion(
  context: LeftContext,
  table: FeatureTable,
  body: readonly number[],
  g: number,
  into: GapFeatures,
): void {
  const right = rightWindow(table, body, g);
  into.wordCohesion = cohesion(context.stems, right, stemsOf, STEM_IDF);
  into.ledeCohesion = cohesionOfFirst;
  into.castCohesion = cohesion(context.keys, right, keysOf, KEY_IDF);
}

// The paragraphs from the would-be lede on, RIGHT_WINDOW at most: one list, reused.
const rightScratch: LexicalFeatures[] = [];

function rightWindow(
  table: FeatureTable,
  body: readonly number[],
  g: number,
): readonly LexicalFeatures[] {
  rightScratch.length = 0;
  for (let k = g; k < body.length && k < g + RIGHT_WINDOW; k++)
    rightScratch.push(table.lexical(body[k] as number));
  return rightScratch;
}

export function emptyGapFeatures(): GapFeatures {
  const features = {} as GapFeatures;
  for (const name of GAP_FEATURE_NAMES) features[name] = 0;
  return features;
}

/** Share of the paragraphs after the lede that return to names the lede brought in. */
function recurrence(
  lede: LexicalFeatures,
  window: readonly LexicalFeatures[],
  known: TermWindow,
): number {
  if (window.length < 2) return 0;
  let introduced = false;
  for (const key of lede.keys) if (!known.has(key)) introduced = true;
  if (!introduced) return 0;
  let returning = 0;
  for (let k = 1; k < window.length; k++) {
    const keys = (window[k] as LexicalFeatures).keys;
    for (const key of keys) {
      if (lede.keys.includes(key) && !known.has(key)) {
        returning++;
        break;
      }
    }
  }
  return returning / (window.length - 1);
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
  terms: (f: LexicalFeatures) => readonly number[],
  idf: IdfTable,
): number {
  cohesionOfFirst = 0;
  if (left.length === 0) return 0;
  let shared = 0;
  let total = 0;
  cohesionSeen.clear();
  for (let k = 0; k < window.length; k++) {
    const list = terms(window[k] as LexicalFeatures);
    for (let i = 0; i < list.length; i++) {
      const t = list[i] as number;
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
 * subject; the next article does not.
 */
function continuity(
  left: TermWindow,
  window: readonly LexicalFeatures[],
  from: number,
  terms: (f: LexicalFeatures) => readonly number[],
  needed: number,
): number {
  if (window.length <= from || left.length === 0) return 1;
  let continuing = 0;
  for (let k = from; k < window.length; k++) {
    const list = terms(window[k] as LexicalFeatures);
    let hits = 0;
    counted.clear();
    for (let i = 0; i < list.length && hits < needed; i++) {
      const t = list[i] as number;
      // Count each term once: a name mentioned twice in one paragraph is one sign.
      if (left.isCore(t) && counted.add(t)) hits++;
    }
    if (hits >= needed) continuing++;
  }
  return continuing / (window.length - from);
}

/** How much each piece of gap evidence counts, and the bias: a shape per feature (additive-model.ts). */
export type GapModel = AdditiveModel<keyof GapFeatures>;

const isLede = (name: string) => (LEDE_FEATURE_NAMES as readonly string[]).includes(name);
const isCohesion = (name: string) => (COHESION_FEATURE_NAMES as readonly string[]).includes(name);
const isTopic = (name: string) => (TOPIC_FEATURE_NAMES as readonly string[]).includes(name);

/**
 * The most the topic features can add (TopicContext.measure): of a shift and its continuation
 * (clamp(x), clamp(-x)) at most one is above 0, and where the windows across the gap could not
 * be compared (topicMeasured 0) the shift, continuation and depth are all 0. Tighter than the
 * sum of every shape's maximum, so fewer gaps are measured, and still never below the score.
 */
function topicCeiling(model: GapModel): number {
  const at = (name: keyof GapFeatures, x: number) => shapeAt(model.shapes[name], x);
  const most = (name: keyof GapFeatures) => shapeMax(model.shapes[name]);
  const either = (a: keyof GapFeatures, b: keyof GapFeatures) =>
    Math.max(most(a) + at(b, 0), at(a, 0) + most(b));
  const unmeasured =
    at("topicShift", 0) + at("topicContinues", 0) + at("topicDepth", 0) + at("topicMeasured", 0);
  const measured =
    either("topicShift", "topicContinues") + most("topicDepth") + at("topicMeasured", 1);
  return either("ledeTopicShift", "ledeTopicContinues") + Math.max(unmeasured, measured);
}

/**
 * Weighs gaps under one gap model, its sums compiled once (see `additiveWeigher`): the weighted
 * evidence that body[g] opens a new article, compared with `threshold`: the score where it
 * reaches the threshold, or an upper bound of it below the threshold where the costly cohesion
 * features could not lift it there.
 */
export class GapScorer {
  /** The most the cohesion features can add, whatever their values. */
  readonly cohesionCeiling: number;
  /** The most the topic features can add, whatever their values. */
  readonly topicCeiling: number;
  private readonly bias: number;
  // The most the features that need the article's context can add, whatever their values; how
  // the paragraph before ends is known without it, and counted as it is. The topic features,
  // cheap once their paragraphs' vectors are summed, are bounded apart (topicCeiling).
  private readonly contextCeiling: number;
  private readonly weighTopics: (score: number, evidence: GapFeatures) => number;
  private readonly topicScratch = emptyGapFeatures();
  private readonly weighPlain: (score: number, evidence: GapFeatures) => number;
  private readonly weighCohesion: (score: number, evidence: GapFeatures) => number;
  private readonly weighKnown: (score: number, evidence: GapFeatures) => number;
  private readonly knownScratch = emptyGapFeatures();

  constructor(model: GapModel) {
    const known = (name: string) => isLede(name) || name === "endingLike";
    const ceiling = (names: readonly (keyof GapFeatures)[]) =>
      names.reduce((sum, name) => sum + shapeMax(model.shapes[name]), 0);
    this.bias = model.bias;
    this.cohesionCeiling = ceiling(COHESION_FEATURE_NAMES);
    this.topicCeiling = topicCeiling(model);
    this.contextCeiling = ceiling(
      GAP_FEATURE_NAMES.filter((name) => !known(name) && !isTopic(name)),
    );
    this.weighTopics = additiveWeigher(TOPIC_FEATURE_NAMES, model.shapes);
    const plain = GAP_FEATURE_NAMES.filter((name) => !isCohesion(name));
    this.weighPlain = additiveWeigher(plain, model.shapes);
    this.weighCohesion = additiveWeigher(COHESION_FEATURE_NAMES, model.shapes);
    this.weighKnown = additiveWeigher(GAP_FEATURE_NAMES.filter(known), model.shapes);
  }

  /** The weighted topic evidence at the gap before body[g], in the article begun at body[start]. */
  topicScore(context: LeftContext, start: number, g: number): number {
    context.topics.measure(start, g, this.topicScratch);
    return this.weighTopics(0, this.topicScratch);
  }

  /**
   * An upper bound of `score`, less its topic evidence (topicCeiling, topicScore), from the
   * paragraph and the one before it alone. Most paragraphs
   * read as continuations, so this spares measuring their context, which is most of the
   * segmenter's work.
   */
  ceiling(
    lede: ParagraphFeatures,
    names: LexicalFeatures,
    previous: LexicalFeatures | null,
  ): number {
    ledeFeatures(lede, names, this.knownScratch);
    this.knownScratch.endingLike = previous === null ? 0 : previous.endingLike;
    return this.weighKnown(this.bias + this.contextCeiling, this.knownScratch);
  }

  score(
    context: LeftContext,
    table: FeatureTable,
    body: readonly number[],
    g: number,
    threshold: number,
    into: GapFeatures,
  ): number {
    const evidence = gapFeatures(context, table, body, g, into, false);
    context.topics.measure(context.segmentStart, g, evidence);
    const score = this.weighPlain(this.bias, evidence);
    if (score + this.cohesionCeiling < threshold) return score + this.cohesionCeiling;
    addCohesion(context, table, body, g, evidence);
    return this.weighCohesion(score, evidence);
  }
}
