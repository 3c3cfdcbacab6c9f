import { BRIEFS_REACH, type BriefsStretch } from "./segment-tuning.js";
import type { ParagraphFeatures } from "./text-features.js";

/**
 * Whether the gap before paragraph `at` stands in a run of briefs (BriefsStretch): the story it
 * would divide (`story` body paragraphs from the last start to the next explicit one) and the
 * story after that explicit start (from paragraph `next` to `runEnd`, the start after it or the
 * text's end; -1 where no start follows) are both short, and runEnd lies within BRIEFS_REACH
 * paragraphs of any kind after the gap.
 */
export function inBriefsRun(
  briefs: BriefsStretch,
  features: readonly ParagraphFeatures[],
  story: number,
  at: number,
  next: number,
  runEnd: number,
): boolean {
  if (story > briefs.paragraphs || runEnd < 0 || runEnd - at > BRIEFS_REACH) return false;
  let body = 0;
  for (let i = next; i < runEnd; i++) if (features[i]?.kind === "text") body++;
  return body <= briefs.next;
}
