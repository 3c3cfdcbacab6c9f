import { type AdditiveModel, additiveAdder, shapeAt, shapeMax } from "./additive-model.js";
import {
  COHESION_FEATURE_NAMES,
  emptyGapFeatures,
  GAP_FEATURE_NAMES,
  type GapFeatures,
} from "./gap-features.js";
import { LEDE_FEATURE_NAMES, ledeFeatures } from "./lede-features.js";
import type { LeftContext } from "./left-context.js";
import type { LexicalFeatures } from "./lexical-features.js";
import { addCohesion, gapFeatures } from "./measure-gap.js";
import {
  COHESION_MEASURED,
  type GapMeasure,
  PLAIN_MEASURED,
  TOPICS_MEASURED,
} from "./measured-gaps.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";
import { ARTICLE_BEFORE, GAP_TOPIC_FEATURE_NAMES, LEAN_BEFORE } from "./topic-features.js";

/** How much each piece of gap evidence counts, and the bias: a shape per feature (additive-model.ts). */
export type GapModel = AdditiveModel<keyof GapFeatures>;

const isLede = (name: string) => (LEDE_FEATURE_NAMES as readonly string[]).includes(name);
const isCohesion = (name: string) => (COHESION_FEATURE_NAMES as readonly string[]).includes(name);
const isTopic = (name: string) => (GAP_TOPIC_FEATURE_NAMES as readonly string[]).includes(name);

/**
 * The most the topic features can add (TopicContext.measure) at a gap `distance` paragraphs
 * after its article's start, where the short story's lean is read (`shortStories`) or not: of a
 * shift and its continuation (clamp(x), clamp(-x)) at most one is above 0; where the windows
 * across the gap could not be compared (topicMeasured 0) the shift, continuation and depth are
 * all 0; they are never compared within ARTICLE_BEFORE paragraphs of the start, the word lean is
 * read from LEAN_BEFORE on and the short story's lean only before it. Tighter than the sum of
 * every shape's maximum, so fewer gaps are measured, and still never below the score.
 */
function topicCeiling(model: GapModel, distance: number, shortStories: boolean): number {
  const at = (name: keyof GapFeatures, x: number) => shapeAt(model.shapes[name], x);
  const most = (name: keyof GapFeatures) => shapeMax(model.shapes[name]);
  const either = (a: keyof GapFeatures, b: keyof GapFeatures) =>
    Math.max(most(a) + at(b, 0), at(a, 0) + most(b));
  const leans = distance >= LEAN_BEFORE;
  const wordLean = leans
    ? either("afterTopicHolds", "afterTopicRunsOn")
    : at("afterTopicHolds", 0) + at("afterTopicRunsOn", 0);
  const shortLean =
    shortStories && !leans
      ? either("shortStoryHolds", "shortStoryRunsOn")
      : at("shortStoryHolds", 0) + at("shortStoryRunsOn", 0);
  const unmeasured =
    at("topicShift", 0) +
    at("topicContinues", 0) +
    at("topicDepth", 0) +
    at("topicMeasured", 0) +
    at("afterTopicHolds", 0) +
    at("afterTopicRunsOn", 0);
  const measured =
    either("topicShift", "topicContinues") + most("topicDepth") + at("topicMeasured", 1) + wordLean;
  return (
    either("ledeTopicShift", "ledeTopicContinues") +
    shortLean +
    (distance < ARTICLE_BEFORE ? unmeasured : Math.max(unmeasured, measured))
  );
}

// The gaps' distances from their article's start at which the topic ceiling differs
// (topicCeiling): before ARTICLE_BEFORE, before LEAN_BEFORE, and from it on.
const CEILING_DISTANCES = [0, ARTICLE_BEFORE, LEAN_BEFORE] as const;

/**
 * Weighs gaps under one gap model, its sums compiled once (see `additiveAdder`): the weighted
 * evidence that body[g] opens a new article, compared with `threshold`: the score where it
 * reaches the threshold, or an upper bound of it below the threshold where the costly cohesion
 * features could not lift it there.
 */
export class GapScorer {
  /** The most the cohesion features can add, whatever their values. */
  readonly cohesionCeiling: number;
  // The most the topic features can add, by the gap's distance from its article's start
  // (CEILING_DISTANCES) and whether the short story's lean is read (the second half).
  private readonly topicCeilings: Float64Array;
  private readonly bias: number;
  // The most the features that need the article's context can add, whatever their values; how
  // the paragraph before ends is known without it, and counted as it is. The topic features,
  // cheap once their paragraphs' vectors are summed, are bounded apart (topicCeiling).
  private readonly contextCeiling: number;
  private readonly weighTopics: (evidence: GapFeatures, sum: Float64Array) => void;
  private readonly weighPlain: (evidence: GapFeatures, sum: Float64Array) => void;
  private readonly weighCohesion: (evidence: GapFeatures, sum: Float64Array) => void;
  private readonly weighKnown: (evidence: GapFeatures, sum: Float64Array) => void;
  // The sum the weighers add to, in place (additiveAdder): a double never passes through a call
  // that is not inlined, where it would be a new heap number.
  private readonly sum = new Float64Array(1);
  private readonly knownScratch = emptyGapFeatures();

  constructor(model: GapModel) {
    const known = (name: string) => isLede(name) || name === "endingLike";
    const ceiling = (names: readonly (keyof GapFeatures)[]) =>
      names.reduce((sum, name) => sum + shapeMax(model.shapes[name]), 0);
    this.bias = model.bias;
    this.cohesionCeiling = ceiling(COHESION_FEATURE_NAMES);
    this.topicCeilings = Float64Array.from(
      [false, true].flatMap((shortStories) =>
        CEILING_DISTANCES.map((distance) => topicCeiling(model, distance, shortStories)),
      ),
    );
    this.contextCeiling = ceiling(
      GAP_FEATURE_NAMES.filter((name) => !known(name) && !isTopic(name)),
    );
    this.weighTopics = additiveAdder(GAP_TOPIC_FEATURE_NAMES, model.shapes);
    const plain = GAP_FEATURE_NAMES.filter((name) => !isCohesion(name));
    this.weighPlain = additiveAdder(plain, model.shapes);
    this.weighCohesion = additiveAdder(COHESION_FEATURE_NAMES, model.shapes);
    this.weighKnown = additiveAdder(GAP_FEATURE_NAMES.filter(known), model.shapes);
  }

  /**
   * The most the topic features can add at the gap before body[g] in the article begun at
   * body[start], whatever their values; `shortStories`: whether the context reads the short
   * story's lean (TopicContext.readsShortStories).
   */
  topicCeiling(start: number, g: number, shortStories: boolean): number {
    const distance = g - start;
    let band = CEILING_DISTANCES.length - 1;
    while (band > 0 && distance < (CEILING_DISTANCES[band] as number)) band--;
    return this.topicCeilings[band + (shortStories ? CEILING_DISTANCES.length : 0)] as number;
  }

  /**
   * The weighted topic evidence at the gap before body[g], in the article begun at body[start]:
   * measured into `measure` unless it holds it already.
   */
  topicScore(context: LeftContext, start: number, g: number, measure: GapMeasure): number {
    if (measure.stage < TOPICS_MEASURED) {
      context.topics.measure(start, g, measure.evidence);
      measure.stage = TOPICS_MEASURED;
    }
    const sum = this.sum;
    sum[0] = 0;
    this.weighTopics(measure.evidence, sum);
    return sum[0] as number;
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
    const sum = this.sum;
    sum[0] = this.bias + this.contextCeiling;
    this.weighKnown(this.knownScratch, sum);
    return sum[0] as number;
  }

  /**
   * The gap's score in the article begun at body[start], from `measure`, which holds its topic
   * evidence (topicScore is asked first, as the cheaper bound); what it does not hold yet is
   * measured into it, with `context` moved to the gap.
   */
  score(
    context: LeftContext,
    table: FeatureTable,
    body: readonly number[],
    g: number,
    start: number,
    threshold: number,
    measure: GapMeasure,
  ): number {
    const evidence = measure.evidence;
    if (measure.stage < PLAIN_MEASURED) {
      context.moveTo(start, g);
      gapFeatures(context, table, body, g, evidence, false);
      measure.stage = PLAIN_MEASURED;
    }
    const sum = this.sum;
    sum[0] = this.bias;
    this.weighPlain(evidence, sum);
    const score = sum[0] as number;
    if (score + this.cohesionCeiling < threshold) return score + this.cohesionCeiling;
    if (measure.stage < COHESION_MEASURED) {
      context.moveTo(start, g);
      addCohesion(context, table, body, g, evidence);
      measure.stage = COHESION_MEASURED;
    }
    sum[0] = score;
    this.weighCohesion(evidence, sum);
    return sum[0] as number;
  }
}
