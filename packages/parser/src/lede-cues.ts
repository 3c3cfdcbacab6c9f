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
  // Every phrase the pattern knows holds "day" or "this ": looked for in the first sentence
  // alone (a slice of 13 characters or more shares the paragraph's, nothing is copied), where a
  // search of the paragraph went on past the sentence through the rest of it.
  const head = firstSentenceEnd < 0 ? text : text.slice(0, firstSentenceEnd);
  if (!head.includes("day") && !head.includes("this ")) return false;
  return DAY_ANCHOR.test(head);
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
