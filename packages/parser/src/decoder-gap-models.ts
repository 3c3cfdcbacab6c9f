import { GapScorer } from "./gap-scorer.js";
import {
  LEARNED_ARTICLES_GAP_CALIBRATION,
  LEARNED_ARTICLES_GAP_MODEL,
} from "./learned/decoder-articles-data.js";
import { LEARNED_GAP_CALIBRATION } from "./learned/decoder-data.js";
import { LEARNED_DECODER_GAP_MODEL } from "./learned/decoder-gap-weights-data.js";
import {
  LEARNED_SHORT_STORIES_GAP_CALIBRATION,
  LEARNED_SHORT_STORIES_GAP_MODEL,
} from "./learned/decoder-short-stories-data.js";
import type { LeftContext } from "./left-context.js";

/** One of the decoder's gap models: its score, and that score's calibration to log-odds. */
export interface DecoderGapModel {
  scorer: GapScorer;
  scale: number;
  offset: number;
}

/** Fitted on gaps measured from the stretch's start (corpus/train-decoder.ts, first pass). */
const BRIEFS_GAPS: DecoderGapModel = {
  scorer: new GapScorer(LEARNED_DECODER_GAP_MODEL),
  ...LEARNED_GAP_CALIBRATION,
};

/** Fitted on gaps measured from the starts the first decoder chose (its second pass). */
const ARTICLES_GAPS: DecoderGapModel = {
  scorer: new GapScorer(LEARNED_ARTICLES_GAP_MODEL),
  ...LEARNED_ARTICLES_GAP_CALIBRATION,
};

/**
 * Fitted on gaps of dumps of briefs composed from the corpus, with vocabularyDivergence among the
 * rest (corpus/train-short-stories.ts).
 */
const SHORT_STORIES_GAPS: DecoderGapModel = {
  scorer: new GapScorer(LEARNED_SHORT_STORIES_GAP_MODEL),
  ...LEARNED_SHORT_STORIES_GAP_CALIBRATION,
};

/**
 * The gap model the decoder reads a stretch with (segment.ts sets the context's flags): in a dump
 * decoded as one of short stories, the short stories' (fitted on dumps of briefs, the one model
 * that reads how far the mix of words moves across a gap); in the first reading of a dump that
 * may yet be read as briefs from the articles found, the briefs' (the found-briefs bar was chosen
 * on its starts); else the whole articles'. Fitted near the starts the decoder takes, the gaps of
 * whole articles are told apart better, but briefs, decoded with two-paragraph stories and the
 * lean read at every story's first gaps, were lost with one such model. Two, on fold 1 (fitted
 * without it): whole articles F1 0.829 -> 0.836, exact 0.647 -> 0.652 one a line; briefs 0.846 ->
 * 0.847 (docs/tried.md, "Two decoders").
 */
export function decoderGapModel(context: LeftContext): DecoderGapModel {
  if (context.readsShortStoryGaps) return SHORT_STORIES_GAPS;
  return decoderGapModelReading(context.readsBriefsGaps);
}

/** The briefs' gap model, or the whole articles' (decoderGapModel says when each is read). */
export function decoderGapModelReading(briefs: boolean): DecoderGapModel {
  return briefs ? BRIEFS_GAPS : ARTICLES_GAPS;
}

/** A decoder gap score as calibrated log-odds of a boundary. */
export function calibrated(model: DecoderGapModel, score: number): number {
  return model.scale * score + model.offset;
}

/** The decoder gap score whose calibrated log-odds are `logOdds`. */
export function uncalibrated(model: DecoderGapModel, logOdds: number): number {
  return (logOdds - model.offset) / model.scale;
}
