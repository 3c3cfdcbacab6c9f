import { endsWithPictureCredit } from "./line-kinds.js";
import { isWordChar } from "./words.js";

/**
 * Cues of a would-be lede that the lede model's bag of words cannot see, each a gap feature the
 * gap model weighs (corpus/train-gaps.ts): a verb in the present perfect in its first sentence
 * ("have risen", "has been charged"), which British and wire ledes use for the news and later
 * paragraphs seldom do; a figure there (a digit: "13%", "$2bn", "2,000 jobs"), which the model
 * knows only number by number; and a picture's caption ending in its credit, which pages put
 * above a lede. Asked of a paragraph only where the segmenter weighs it as a lede (see
 * LexicalRecord). On the validation fold, fitted without it, boundary F1 0.771/0.773/0.770 ->
 * 0.779/0.780/0.778 (one a line, blank, wrapped), headless recall 0.719 -> 0.736; measuring
 * instead how far the lede's lede-likeness, and the paragraph before's ending-likeness, rise
 * above the article's own paragraphs, and the share of the lede's names it had not used, lost
 * (0.765, and the fixtures' dumps 0.977 -> 0.968).
 */

/** Bit of hardNewsCues: the first sentence has a verb in the present perfect. */
export const PERFECT_VERB = 1;
/** Bit of hardNewsCues: the first sentence holds a figure. */
export const FIGURE = 2;
/**
 * Bit of hardNewsCues: the paragraph is a picture's caption ending in its credit, which pages
 * put above a story's lede, and which therefore opens the article pasted with it.
 */
export const PICTURE_CAPTION = 4;

// Characters of a long first sentence read: a lede's news comes early.
const REACH = 240;

// "has risen", "have been", "has also said", "had won": an auxiliary, at most one adverb,
// then a participle by its common endings (regular -ed, and the frequent irregular ones).
const PERFECT =
  /\b(?:has|have|had)(?: (?:not|also|now|already|just|since|recently|previously|long|never))? (?:[a-z]+(?:ed|en|wn|un|ung|ught|ought|ne|de|id|lt|pt|nt|ld|ck|ft)|won|hit|cut|put|set|let|come|become|run|seen|met|led|fled|fed|held)\b/;

/**
 * The cues of a paragraph as bits: PERFECT_VERB and FIGURE of its first sentence (up to
 * `firstSentenceEnd`, or its first REACH characters when that is negative or later), and
 * PICTURE_CAPTION.
 */
export function hardNewsCues(text: string, firstSentenceEnd: number): number {
  const end = Math.min(text.length, firstSentenceEnd < 0 ? REACH : firstSentenceEnd, REACH);
  // Native searches, not a loop over the code units: a figure by a regex over the first
  // sentence, and an auxiliary's "ha" by indexOf, which skips to each "h" in native code.
  const head = end === text.length ? text : text.slice(0, end);
  let cues = DIGIT.test(head) ? FIGURE : 0;
  if (mayHoldAuxiliary(text, end) && PERFECT.test(head)) cues |= PERFECT_VERB;
  if (endsWithPictureCredit(text)) cues |= PICTURE_CAPTION;
  return cues;
}

const DIGIT = /[0-9]/;

/**
 * A word (after a character that is not a word's, or the text's start) opens with "has",
 * "hav" or "had" before `end`: an auxiliary may stand there, and the regex runs only then.
 */
function mayHoldAuxiliary(text: string, end: number): boolean {
  // The third letter is read up to two past the end, as far as the text goes.
  const length = Math.min(text.length, end + 2);
  for (let at = text.indexOf("ha"); at >= 0 && at < end; at = text.indexOf("ha", at + 1)) {
    if (at + 2 >= length) return false;
    const next = text.charCodeAt(at + 2);
    if (
      (next === 115 || next === 118 || next === 100) &&
      (at === 0 || !isWordChar(text.charCodeAt(at - 1)))
    )
      return true;
  }
  return false;
}
