import { stemId } from "./words.js";

/**
 * Two cues of a would-be lede that only a regex finds, asked of a paragraph only where the
 * segmenter weighs it as a lede (see LexicalRecord).
 */

const DAY_ANCHOR =
  /\b(?:on|late|early|since|by|until|last|this) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:yesterday|today|this (?:morning|afternoon|evening|week))\b/i;

/**
 * Its first sentence (text up to `firstSentenceEnd`, or all of it when that is negative) says
 * when ("on Tuesday"), as hard-news ledes do.
 */
export function hasDayAnchor(text: string, firstSentenceEnd: number): boolean {
  const end = firstSentenceEnd < 0 ? text.length : firstSentenceEnd;
  // Every phrase the pattern knows holds "day" or "this ": looked for in place, so the first
  // sentence is cut out for the regex only where one of them stands in it.
  if (!within(text, "day", end) && !within(text, "this ", end)) return false;
  return DAY_ANCHOR.test(firstSentenceEnd < 0 ? text : text.slice(0, firstSentenceEnd));
}

/** `word` occurs in text[0..end). */
function within(text: string, word: string, end: number): boolean {
  const at = text.indexOf(word);
  return at >= 0 && at + word.length <= end;
}

const OPENING_NOUN =
  /^(?:The|This|That|These|Those|Its|Their|His|Her|Such)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}{4,})\b/u;

/** Stem of the noun in an opening "The nurses ..." / "This plan ...", or null. */
export function openingNounOf(text: string): number | null {
  // Every opening the pattern knows starts with T, I, H or S: the rest skip the regex.
  const initial = text.charCodeAt(0);
  if (initial !== 84 && initial !== 73 && initial !== 72 && initial !== 83) return null;
  const noun = OPENING_NOUN.exec(text)?.[1];
  return noun === undefined ? null : stemId(noun, 0, noun.length);
}
