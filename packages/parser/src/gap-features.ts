import { GAP_TOPIC_FEATURE_NAMES, type TopicFeatures } from "./topic-features.js";

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
  /**
   * How far the mix of words moves across the gap (vocabulary-divergence.ts): read only by the
   * short stories' gap model, 0 where another model reads the gap (measure-gap.ts).
   */
  vocabularyDivergence: number;
  /** The paragraph before asks a question: this one answers it, as in an interview. */
  afterQuestion: number;
  /** Its first sentence has a verb in the present perfect ("have risen"; hard-news-cues.ts). */
  perfectVerb: number;
  /** Its first sentence holds a figure ("13%", "2,000"). */
  figure: number;
  /** It is a picture's caption ending in its credit, which pages put above a lede. */
  pictureCaption: number;
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
  "vocabularyDivergence",
  "afterQuestion",
  "perfectVerb",
  "figure",
  "pictureCaption",
  ...GAP_TOPIC_FEATURE_NAMES,
] as const satisfies readonly (keyof GapFeatures)[];

/** The idf-weighted cohesion features, which cost the most: see gapFeatures. */
export const COHESION_FEATURE_NAMES = [
  "ledeCohesion",
  "wordCohesion",
  "castCohesion",
  "vocabularyDivergence",
] as const satisfies readonly (keyof GapFeatures)[];

/** Evidence with every feature 0 (see unmeasuredGapFeatures for its shape). */
export function emptyGapFeatures(): GapFeatures {
  const features = unmeasuredGapFeatures();
  for (const name of GAP_FEATURE_NAMES) features[name] = 0;
  return features;
}

/**
 * Evidence whose every feature is measured before it is read (MeasuredGaps). Its fields start
 * as doubles, the numbers they hold; the 0.5 they start at stands for nothing (emptyGapFeatures
 * zeroes them, one key at a time, which costs more than a new instance).
 *
 * A class, not an object literal: every literal with the same keys in the same order shares one
 * hidden class with it, and the learned gap models' `shapes` (a shape object under each feature's
 * name, in this order) turned its fields from doubles to any value, so each number written into
 * evidence was a new heap object, and its store the write barrier's slow path. An object given
 * its fields one computed key at a time would fall back to a dictionary instead, where every read
 * is a hash lookup (about 45 MB per 50 MB dump).
 */
class Evidence implements GapFeatures {
  continuationOpening = 0.5;
  titledReference = 0.5;
  fullName = 0.5;
  short = 0.5;
  dayAnchor = 0.5;
  anaphoricOpening = 0.5;
  titledBackReferences = 0.5;
  castBreak = 0.5;
  vocabularyBreak = 0.5;
  newCastRecurs = 0.5;
  additive = 0.5;
  ledeLike = 0.5;
  long = 0.5;
  endingLike = 0.5;
  ledeCohesion = 0.5;
  wordCohesion = 0.5;
  castCohesion = 0.5;
  vocabularyDivergence = 0.5;
  afterQuestion = 0.5;
  perfectVerb = 0.5;
  figure = 0.5;
  pictureCaption = 0.5;
  topicShift = 0.5;
  ledeTopicShift = 0.5;
  topicDepth = 0.5;
  topicContinues = 0.5;
  ledeTopicContinues = 0.5;
  topicMeasured = 0.5;
  afterTopicHolds = 0.5;
  afterTopicRunsOn = 0.5;
  shortStoryHolds = 0.5;
  shortStoryRunsOn = 0.5;
}

/** Evidence whose every feature is measured before it is read (see Evidence). */
export function unmeasuredGapFeatures(): GapFeatures {
  return new Evidence();
}
