import type { GapFeatures } from "./gap-features.js";
import type { LexicalFeatures } from "./lexical-features.js";
import type { ParagraphFeatures } from "./text-features.js";

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

/** Fills in the features of LEDE_FEATURE_NAMES from the would-be lede alone. */
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
