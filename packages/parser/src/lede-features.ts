import type { GapFeatures } from "./gap-features.js";
import { FIGURE, PERFECT_VERB, PICTURE_CAPTION } from "./hard-news-cues.js";
import type { LexicalFeatures } from "./lexical-features.js";
import { TITLED_REFS, termCount } from "./term-store.js";
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
  "perfectVerb",
  "figure",
  "pictureCaption",
] as const satisfies readonly (keyof GapFeatures)[];

/** Fills in the features of LEDE_FEATURE_NAMES from the would-be lede alone. */
export function ledeFeatures(
  lede: ParagraphFeatures,
  lexical: LexicalFeatures,
  into: Pick<GapFeatures, (typeof LEDE_FEATURE_NAMES)[number]> = {} as GapFeatures,
): Pick<GapFeatures, (typeof LEDE_FEATURE_NAMES)[number]> {
  into.continuationOpening = lede.continuationOpening ? 1 : 0;
  into.titledReference = termCount(lexical, TITLED_REFS) > 0 ? 1 : 0;
  into.fullName = lexical.hasFullName ? 1 : 0;
  into.short = lexical.words < 12 ? 1 : 0;
  into.dayAnchor = lexical.dayAnchor ? 1 : 0;
  into.additive = lexical.additive ? 1 : 0;
  into.ledeLike = lexical.ledeLike;
  into.long = Math.min(1, lexical.words / 80);
  const cues = lexical.hardNewsCues;
  into.perfectVerb = cues & PERFECT_VERB ? 1 : 0;
  into.figure = cues & FIGURE ? 1 : 0;
  into.pictureCaption = cues & PICTURE_CAPTION ? 1 : 0;
  return into;
}
