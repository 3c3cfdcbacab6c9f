import { emptyGapFeatures, type GapFeatures, unmeasuredGapFeatures } from "./gap-features.js";

/** How far a gap's evidence is measured (GapMeasure.stage), in the order a score asks for it. */
export const NOTHING_MEASURED = 0;
export const TOPICS_MEASURED = 1;
export const PLAIN_MEASURED = 2;
export const COHESION_MEASURED = 3;

/**
 * The evidence of one gap, in the article begun at a given start, measured as far as a gap
 * model's score needed it (GapScorer): its topic features first, then the rest but cohesion,
 * then cohesion. A score bounded under its bar stops early.
 */
export interface GapMeasure {
  readonly evidence: GapFeatures;
  stage: number;
}

/**
 * The gaps' evidence measured in one reading of a dump, kept for a second reading of it with
 * another gap model (segment.ts: a dump that may yet be read as briefs is read first with the
 * briefs' model, then again with the whole articles'). The evidence is the text's and the
 * article start's alone; only the weights differ, so the second reading weighs what the first
 * measured and measures only what the first did not need. Valid only between readings that
 * read the short story's lean alike (TopicContext.readsShortStories).
 */
export class MeasuredGaps {
  private readonly measures = new Map<number, GapMeasure>();

  constructor(
    private readonly paragraphs: number,
    readonly readsShortStories: boolean,
  ) {}

  /**
   * The measure of the gap before paragraph `at` in the article begun at paragraph `start`
   * (-1: any start far enough back that the evidence reads nothing of it).
   */
  at(at: number, start: number): GapMeasure {
    const key = at * (this.paragraphs + 1) + start + 1;
    let measure = this.measures.get(key);
    if (measure === undefined) {
      measure = { evidence: unmeasuredGapFeatures(), stage: NOTHING_MEASURED };
      this.measures.set(key, measure);
    }
    return measure;
  }
}

const scratch: GapMeasure = { evidence: emptyGapFeatures(), stage: NOTHING_MEASURED };

/**
 * Where to measure the gap before paragraph `at` in the article begun at `start` (as
 * MeasuredGaps.at): the measure `kept` holds of it, or, with none kept, one scratch measure
 * emptied for it (the next gap's empties it again).
 */
export function gapMeasure(kept: MeasuredGaps | undefined, at: number, start: number): GapMeasure {
  if (kept !== undefined) return kept.at(at, start);
  scratch.stage = NOTHING_MEASURED;
  return scratch;
}
