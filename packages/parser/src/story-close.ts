import { closingLineKind } from "./closing-lines.js";

// Words past which a paragraph is prose, never a sign-off (closingLineKind reads 40 at most).
const MOST_WORDS = 40;
// "© 2019 Tribune Content Agency, LLC", "Copyright 2020 ...", "... All rights reserved.": on
// fold 1's decoded stretches right above 4.5% of the true headless starts found, 0.04% of the
// other gaps (`corpus/closing-cues.ts`).
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/iu;

/**
 * Whether a paragraph of `words` words reads as a story's close: a prompt to read or follow
 * more, an author's contact, a "contributed to this report" note (closing-lines.ts) or a
 * copyright line. Right above a gap it marks the story above as ended, where the next one's
 * lede may not read as a lede at all (an opinion piece's opening, a scraped page's first line).
 */
export function closesStory(text: string, words: number): boolean {
  if (words > MOST_WORDS) return false;
  return closingLineKind(text) !== null || COPYRIGHT.test(text.trim());
}
