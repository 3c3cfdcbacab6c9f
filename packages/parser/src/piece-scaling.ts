import { lengthBin, lengthOverMedian } from "./found-lengths.js";

/** Decoder gap score to calibrated log-odds: scale x score + offset. */
export interface PlattScaling {
  scale: number;
  offset: number;
}

/**
 * Platt scalings by the piece's length over the dump's found median (found-lengths.ts): one per
 * bin between `edges` (ascending log ratios), fitted on the decoder's own path
 * (corpus/train-piece-scaling.ts). With them a weak gap reads weaker in a piece short for its dump
 * and stronger in one long for it: the length crossed with the gap's evidence, which an additive
 * length shape could not say (docs/tried.md, "The piece's length over the found median as a
 * decoder feature"). Empty bins: the model's one scaling everywhere.
 */
export interface PieceScalings {
  edges: readonly number[];
  bins: readonly PlattScaling[];
}

/** Whether `scalings` hold one scaling per bin (else the model's own is read everywhere). */
export function readsPieces(scalings: PieceScalings): boolean {
  return scalings.bins.length > 0 && scalings.bins.length === scalings.edges.length + 1;
}

/**
 * The scaling a gap's score is read with where its article has run `piece` body paragraphs in a
 * dump of found median `median`: `fallback` where the median is unknown (NaN) or none are fitted.
 */
export function scalingFor(
  scalings: PieceScalings,
  fallback: PlattScaling,
  piece: number,
  median: number,
): PlattScaling {
  if (!readsPieces(scalings)) return fallback;
  const bin = lengthBin(lengthOverMedian(piece, median), scalings.edges);
  return bin < 0 ? fallback : (scalings.bins[bin] as PlattScaling);
}

/** The lowest score any of the scalings (and `fallback`) reads as `logOdds` or more. */
export function lowestScoreAt(
  scalings: PieceScalings,
  fallback: PlattScaling,
  logOdds: number,
): number {
  let lowest = (logOdds - fallback.offset) / fallback.scale;
  if (!readsPieces(scalings)) return lowest;
  for (const s of scalings.bins) lowest = Math.min(lowest, (logOdds - s.offset) / s.scale);
  return lowest;
}
