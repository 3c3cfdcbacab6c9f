import { emptyGapFeatures } from "./gap-features.js";
import { GapScorer } from "./gap-scorer.js";
import { LEARNED_GAP_CALIBRATION, LEARNED_LENGTH_PRIOR } from "./learned/decoder-data.js";
import { LEARNED_DECODER_GAP_MODEL } from "./learned/decoder-gap-weights-data.js";
import { pullBoundaryBack } from "./lede-pull.js";
import type { LeftContext } from "./left-context.js";
import { type DecoderTuning, decodeStarts } from "./segment-decoder.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";

/** A headless start the decoder chose: the paragraph it opens at, and its gap score. */
export interface DecodedStart {
  at: number;
  score: number;
}

const scratch = emptyGapFeatures();

const DECODER_GAP_SCORER = new GapScorer(LEARNED_DECODER_GAP_MODEL);

/**
 * The decoder's gap score at body[g], with what the stretch said before it however many
 * articles it has held: the score must not hang on the starts chosen before it, which the
 * decoder chooses only once every gap is scored. Below `floor`, an upper bound of it.
 */
export function decoderGapScore(
  context: LeftContext,
  table: FeatureTable,
  body: readonly number[],
  g: number,
  floor = Number.NEGATIVE_INFINITY,
): number {
  const at = body[g] as number;
  const ceiling = DECODER_GAP_SCORER.ceiling(
    table.paragraphs[at] as ParagraphFeatures,
    table.lexical(at),
    table.lexical(body[g - 1] as number),
  );
  const bound = ceiling + DECODER_GAP_SCORER.topicCeiling;
  if (bound < floor) return bound;
  // The topic evidence before the rest of the context, as gap by gap (headless-starts.ts): in a
  // stretch of megabytes with no boundary it keeps most gaps below the floor.
  const withTopics = ceiling + DECODER_GAP_SCORER.topicScore(context, 0, g);
  if (withTopics < floor) return withTopics;
  context.moveTo(0, g);
  return DECODER_GAP_SCORER.score(context, table, body, g, floor, scratch);
}

/** A decoder gap score as calibrated log-odds of a boundary, and back. */
function calibrated(score: number): number {
  return LEARNED_GAP_CALIBRATION.scale * score + LEARNED_GAP_CALIBRATION.offset;
}

function uncalibrated(logOdds: number): number {
  return (logOdds - LEARNED_GAP_CALIBRATION.offset) / LEARNED_GAP_CALIBRATION.scale;
}

// One list each, reused from stretch to stretch.
const gapsScratch: number[] = [];
const oddsScratch: number[] = [];
const scoresScratch: number[] = [];

/**
 * Where, in a stretch of body paragraphs between explicit starts, articles without a headline
 * begin, found by decoding: each gap that may be a start is scored once, and the decoder
 * chooses the likeliest starts with the lengths of the articles they make (segment-decoder.ts);
 * each then moves back onto a scene-setting lede above it (pullBoundaryBack).
 */
export function decodedStarts(
  context: LeftContext,
  table: FeatureTable,
  body: readonly number[],
  min: number,
  decoder: DecoderTuning,
): DecodedStart[] {
  const floor = uncalibrated(decoder.floor);
  context.reset(body);
  const gaps = gapsScratch;
  const odds = oddsScratch;
  const scores = scoresScratch;
  gaps.length = odds.length = scores.length = 0;
  for (let g = min; g <= body.length - min; g++) {
    const score = decoderGapScore(context, table, body, g, floor);
    if (score < floor) continue;
    gaps.push(g);
    odds.push(calibrated(score));
    scores.push(score);
  }
  const knobs = { ...decoder, minParagraphs: min };
  const chosen = decodeStarts(body.length, gaps, odds, LEARNED_LENGTH_PRIOR, knobs);
  const cuts: DecodedStart[] = [];
  let segmentStart = 0;
  let k = 0;
  for (const g of chosen) {
    while (gaps[k] !== g) k++;
    const start = pullBoundaryBack(table, body, segmentStart, g, min);
    cuts.push({ at: body[start] as number, score: scores[k] as number });
    segmentStart = start;
  }
  return cuts;
}
