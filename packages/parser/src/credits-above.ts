import { isPictureCredit } from "./page-debris.js";
import type { Paragraph } from "./paragraphs.js";
import type { ParagraphFeatures } from "./text-features.js";

/**
 * Where an article found at paragraph `at` begins: at the run of picture credits directly above
 * it, if any, none at or before `floor` (the paragraph the article above holds
 * last, or -1). A picture sits over the story it illustrates, so its credit goes with the
 * article below, not the one above: a dropped debris line never takes a boundary with it.
 */
export function creditsAbove(
  paragraphs: readonly Paragraph[],
  features: readonly ParagraphFeatures[],
  at: number,
  floor: number,
): number {
  let from = at;
  while (
    from - 1 > floor &&
    features[from - 1]?.kind === "boilerplate" &&
    isPictureCredit((paragraphs[from - 1] as Paragraph).text)
  )
    from--;
  return from;
}
