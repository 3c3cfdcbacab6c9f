import { inBriefsRun } from "./briefs-run.js";
import { bodyParagraphs } from "./content-paragraphs.js";
import { decodedStarts } from "./decoded-starts.js";
import { type GapModel, GapScorer } from "./gap-scorer.js";
import { GAP_MODEL } from "./gap-weights.js";
import { RIGHT_WINDOW } from "./gap-windows.js";
import { insideList } from "./inside-list.js";
import { pullBoundaryBack } from "./lede-pull.js";
import type { LeftContext } from "./left-context.js";
import { gapMeasure } from "./measured-gaps.js";
import type { SegmentTuning, ShortStories } from "./segment-tuning.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";
import { articleSoFarOnDemand, underSubhead } from "./under-subhead.js";

const GAP_SCORER = new GapScorer(GAP_MODEL);
// Scorers of the gap models tunings carried (a sweep tries a few), each compiled once.
const tunedScorers = new WeakMap<GapModel, GapScorer>();

function scorerOf(tuning: SegmentTuning): GapScorer {
  const model = tuning.gapModel;
  if (model === undefined) return GAP_SCORER;
  const known = tunedScorers.get(model);
  if (known !== undefined) return known;
  const scorer = new GapScorer(model);
  tunedScorers.set(model, scorer);
  return scorer;
}

// Gaps after a passing one that may beat it: a lede's second paragraph often scores nearly as
// high as the lede, and the true start may lie a paragraph further on. Chosen on a validation
// fold of the training outlets (boundary F1 0.714 -> 0.718; 3 gaps: 0.717).
const LOOKAHEAD = 2;

/**
 * Paragraphs from a headless start on that the decision to start there may read: the right
 * windows of the gaps looked ahead to, and one more for a paragraph a piece's end cuts short.
 * A piece of a large dump trusts a start only with these inside it (parse-text.ts).
 */
export const DECISION_REACH = LOOKAHEAD + RIGHT_WINDOW + 1;

/** Whether one of the LOOKAHEAD gaps after g, up to `last`, scores higher than g's `here`. */
export function beatenAhead(
  score: (g: number) => number,
  g: number,
  here: number,
  last: number,
): boolean {
  for (let d = 1; d <= LOOKAHEAD && g + d <= last; d++) if (score(g + d) > here) return true;
  return false;
}

// The last gap's score and the bar it was found against, for findHeadlessStarts' `score` (its
// gap and article start are the closure's own, -1 at each call, so nothing is read from an
// earlier call). A typed array, not variables the closure captures: each number written to a
// captured variable is a new heap object, one per gap scored; and one array for every call,
// not two made at each (a stretch between explicit starts is one call).
const cached = new Float64Array(2);
const SCORE = 0;
const BAR = 1;

/**
 * A headless start found in the text: the paragraph it opens at, its gap score, and for a
 * decoded one the paragraphs after it a piece must hold to begin there (DecodedStart).
 */
interface Cut {
  at: number;
  score: number;
  reach?: number;
}

/**
 * How far past the threshold a gap must score to leave a story of fewer than `min` body
 * paragraphs before it (`before` since the last start) or after it (`after`, to the stretch's
 * end): 0 for neither.
 */
function shortMargin(short: ShortStories, min: number, before: number, after: number): number {
  return Math.max(before < min ? short.margin : 0, after < min ? short.lastMargin : 0);
}

/**
 * Where, between body paragraphs first..last, an article without a headline begins. Greedy from
 * the left: a gap becomes a boundary when its score passes the threshold and none of the next
 * LOOKAHEAD gaps' beats it; then it moves back onto a scene-setting lede above it (pullBoundaryBack).
 * With `shortStories`, an article may have fewer than `minParagraphs` body paragraphs where the
 * gap passes the threshold by a margin (shortMargin); the stretch's last only where an explicit
 * start follows (`closed`). With `briefsStretch`, a gap in a run of briefs passes at the threshold
 * less its margin (briefs-run.ts; `runEnd`: where the story after the closing start ends, or -1).
 * A stretch of the decoder's `minStretch` body paragraphs or more is decoded as a whole instead.
 */
export function findHeadlessStarts(
  context: LeftContext,
  table: FeatureTable,
  first: number,
  last: number,
  tuning: SegmentTuning,
  closed = false,
  runEnd = -1,
): Cut[] {
  const body = bodyParagraphs(table.paragraphs, first, last);
  if (tuning.decoder && body.length >= tuning.decoder.minStretch)
    return decodedStarts(
      context,
      table,
      body,
      tuning.decoder.fewest ?? tuning.minParagraphs,
      tuning.decoder,
    );
  const cuts: Cut[] = [];
  let segmentStart = 0;
  const short = tuning.shortStories;
  const min = short?.paragraphs ?? tuning.minParagraphs;
  // The stretch's last story may be short only where an explicit start closes it: the last
  // stretch of a piece of a large dump may end where the piece does, mid-story.
  const lastGap = body.length - (closed ? min : tuning.minParagraphs);
  const scorer = scorerOf(tuning);
  context.reset(body);
  let cachedGap = -1;
  let cachedStart = -1;
  // The gap's score where it reaches `bar`, else a bound of it under `bar`: a gap that must pass
  // the threshold by a margin (a short story's) is bounded against the higher bar. A value
  // found against a lower bar answers a higher one too.
  const score = (g: number, bar = tuning.threshold) => {
    if (cachedGap === g && cachedStart === segmentStart && (cached[BAR] as number) <= bar)
      return cached[SCORE] as number;
    const at = body[g] as number;
    const ceiling = scorer.ceiling(
      table.paragraphs[at] as ParagraphFeatures,
      table.lexical(at),
      g > 0 ? table.lexical(body[g - 1] as number) : null,
    );
    // The topic evidence is measured before the rest of the context: its bound is loose, and
    // the evidence itself seldom lifts a gap past the threshold.
    let value = ceiling + scorer.topicCeiling(segmentStart, g, context.topics.readsShortStories);
    if (value >= bar) {
      const measure = gapMeasure(context.measuredGaps, at, body[segmentStart] as number);
      value = ceiling + scorer.topicScore(context, segmentStart, g, measure);
      if (value >= bar) value = scorer.score(context, table, body, g, segmentStart, bar, measure);
    }
    cachedGap = g;
    cachedStart = segmentStart;
    cached[SCORE] = value;
    cached[BAR] = bar;
    return value;
  };
  const articleSoFar = articleSoFarOnDemand(table);
  const briefs = tuning.briefsStretch;
  for (let g = min; g <= lastGap; g++) {
    if (g - segmentStart < min) continue;
    const briefsRun =
      briefs !== undefined &&
      inBriefsRun(
        briefs,
        table.paragraphs,
        body.length - segmentStart,
        body[g] as number,
        last + 1,
        runEnd,
      );
    const margin =
      (short ? shortMargin(short, tuning.minParagraphs, g - segmentStart, body.length - g) : 0) -
      (briefsRun ? briefs.margin : 0);
    const here = score(g, tuning.threshold + margin);
    if (here < tuning.threshold + margin) continue;
    if (beatenAhead(score, g, here, lastGap)) continue;
    if (underSubhead(table, body, g, segmentStart, articleSoFar)) continue;
    if (insideList(table, body[g] as number)) continue;
    const start = pullBoundaryBack(table, body, segmentStart, g, min);
    cuts.push({ at: body[start] as number, score: here });
    segmentStart = start;
  }
  return cuts;
}
