import { codeUnitsOf } from "./code-units.js";
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
  // Read from the code units (code-units.ts), two past the end for a word's third letter.
  const length = Math.min(text.length, end + 2);
  const units = codeUnitsOf(text, length);
  let cues = 0;
  let auxiliary = false;
  for (let i = 0; i < end; i++) {
    const c = units[i] as number;
    if (c >= 48 && c <= 57) cues |= FIGURE;
    // A word opening "has", "hav" or "had": an auxiliary may stand there; the regex runs only then.
    else if (
      c === 104 &&
      i + 2 < length &&
      units[i + 1] === 97 &&
      (i === 0 || !isWordChar(units[i - 1] as number))
    ) {
      const next = units[i + 2] as number;
      if (next === 115 || next === 118 || next === 100) auxiliary = true;
    }
  }
  if (auxiliary && PERFECT.test(end === text.length ? text : text.slice(0, end)))
    cues |= PERFECT_VERB;
  if (endsWithPictureCredit(text)) cues |= PICTURE_CAPTION;
  return cues;
}
