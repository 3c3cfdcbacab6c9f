import type { Head } from "./article-span.js";
import { bodyParagraphs } from "./content-paragraphs.js";
import type { LengthPrior } from "./segment-decoder.js";
import type { ParagraphFeatures } from "./text-features.js";

/**
 * How a dump's own article lengths are read from its explicit starts (learned by
 * corpus/train-dump-prior.ts from the training outlets' composed dumps): the stretches between
 * headlines, bylines, datelines and separators run longer than the articles in them (a headless
 * story merges into the one above until the decoder finds it), so their mean is scaled by
 * `perStretch`, and the dump's few stretches are pooled with `pseudoArticles` articles of the
 * learned prior's mean, so that a dump of two headlines says little.
 */
export interface DumpLengthBlend {
  perStretch: number;
  pseudoArticles: number;
}

/** The dump's evidence of its lengths: its explicit stretches and their body paragraphs. */
export interface LengthEvidence {
  stretches: number;
  paragraphs: number;
}

export function explicitStretches(
  features: readonly ParagraphFeatures[],
  heads: readonly Head[],
): LengthEvidence {
  let paragraphs = 0;
  for (let h = 0; h < heads.length; h++) {
    const end = h + 1 < heads.length ? (heads[h + 1] as Head).span.first - 1 : features.length - 1;
    paragraphs += bodyParagraphs(features, (heads[h] as Head).bodyStart, end).length;
  }
  return { stretches: heads.length, paragraphs };
}

/** The article length a dump's stories run to by its evidence, shrunk toward `priorMean`. */
export function dumpMeanLength(
  evidence: LengthEvidence,
  blend: DumpLengthBlend,
  priorMean: number,
): number {
  const weight = evidence.stretches + blend.pseudoArticles;
  if (weight <= 0) return priorMean;
  return (blend.perStretch * evidence.paragraphs + blend.pseudoArticles * priorMean) / weight;
}

/**
 * The prior's total mass and mean length, tilted by exp(-tilt x length - narrowing x length^2)
 * (the tail included, as geometric at the table's last slope).
 */
function tiltedMoments(
  prior: LengthPrior,
  tilt: number,
  narrowing = 0,
): { mass: number; mean: number } {
  const table = prior.logLength;
  const longest = table.length - 1;
  let mass = 0;
  let sum = 0;
  for (let len = 1; len <= longest; len++) {
    const p = Math.exp((table[len] as number) - tilt * len - narrowing * len * len);
    mass += p;
    sum += p * len;
  }
  const ratio = Math.exp(prior.logTail - tilt - 2 * narrowing * longest);
  const last = Math.exp((table[longest] as number) - tilt * longest - narrowing * longest ** 2);
  const tail = (last * ratio) / (1 - ratio);
  mass += tail;
  sum += tail * longest + (last * ratio) / (1 - ratio) ** 2;
  return { mass, mean: sum / mass };
}

/** The learned prior's mean article length, in body paragraphs. */
export function priorMeanLength(prior: LengthPrior): number {
  return tiltedMoments(prior, 0).mean;
}

/**
 * The learned prior tilted toward shorter articles (log P + c - tilt x length, its mass kept)
 * until its mean is `mean`: a dump of briefs makes a long run between two starts unlikely, as
 * the corpus's mix of lengths does not. A dump whose stories run as long as the corpus's or
 * longer keeps the prior as it is. `narrowing` (nats per paragraph squared) also holds lengths
 * far from the mean unlikely on both sides: the tilt alone makes the shortest story the likeliest,
 * where pasted briefs run close to their dump's mean (ShortDumps).
 */
export function priorWithMean(prior: LengthPrior, mean: number, narrowing = 0): LengthPrior {
  const base = tiltedMoments(prior, 0);
  if (!(mean < base.mean)) return prior;
  // Narrowed, the tilt that gives the mean may be negative (a mean past the narrowing's own).
  let low = -4;
  let high = 4;
  for (let i = 0; i < 50; i++) {
    const mid = (low + high) / 2;
    if (tiltedMoments(prior, mid, narrowing).mean > mean) low = mid;
    else high = mid;
  }
  const tilt = (low + high) / 2;
  const shift = Math.log(base.mass / tiltedMoments(prior, tilt, narrowing).mass);
  const longest = prior.logLength.length - 1;
  return {
    baseLogOdds: prior.baseLogOdds,
    logTail: prior.logTail - tilt - 2 * narrowing * longest,
    logLength: prior.logLength.map((v, len) =>
      len === 0 ? v : v - tilt * len - narrowing * len * len + shift,
    ),
  };
}
