import type { StartEvidence, StartKind } from "./article-span.js";
import { LEARNED_START_CALIBRATION } from "./learned/start-calibration-data.js";

/** Log-odds of a true start as `scale * score + offset`, for one kind of start. */
export interface StartCalibration {
  scale: number;
  offset: number;
}

/**
 * The probability that an article's start is a true boundary, from how it was judged. The
 * scores of the headline and gap models are log-odds fitted on other material than the dumps
 * they judge, and the rules carry no score, so each kind is calibrated (Platt scaling) on dumps
 * composed from the corpus's training outlets (corpus/train-confidence.ts).
 */
export function startConfidence(
  start: StartEvidence,
  calibration: Readonly<Record<StartKind, StartCalibration>> = LEARNED_START_CALIBRATION,
): number {
  const { scale, offset } = calibration[start.kind];
  const confidence = 1 / (1 + Math.exp(-(scale * start.score + offset)));
  // Two decimals: a finer figure would claim more than the calibration knows.
  return Math.round(confidence * 100) / 100;
}
