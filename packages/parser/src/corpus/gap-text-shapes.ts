import { isAuthorNote } from "../author-note.js";
import { isClosingLine } from "../closing-lines.js";
import { firstSentence } from "../derive-headline.js";
import { isGivenName } from "../given-names.js";
import { FIGURE, hardNewsCues, PERFECT_VERB } from "../hard-news-cues.js";
import { datelineOf } from "../line-kinds.js";
import { isAppealOrDisclaimer, isCopyright } from "../story-closes.js";

// A lede that sets its scene: "In Kyiv, ...", "At the summit, ...".
const PLACE_OPENING = /^(?:In|At|From|Across|Near|Outside|Inside|On) (?:the )?\p{Lu}/u;
// The openings a continuation takes; what `continuationOpening` reads, spelled out for the census.
const CONTINUATION_OPENING =
  /^(?:He|She|It|They|We|I|His|Her|Its|Their|Our|But|And|So|Yet|Or|However|Still|Meanwhile|Also|That|This|These|Those)\b/u;
const QUOTE_OPENING = /^["“‘'«]/u;
const QUOTE_CLOSE = /["”’'»]\s*$/u;
const TERMINAL = /[.!?…"”’')\]»]\s*$/u;
const SAID = /\b(?:said|says|told|added|according to)\b/u;
// A lookahead for the surname, so "But Maria Jensen" is read from "Maria" too.
const NAME_PAIR = /\b(\p{Lu}[\p{Ll}'’-]+)(?=\s+(?:\p{Lu}\.\s+)?(\p{Lu}[\p{Ll}'’-]+))/gu;
const SHORT_WORDS = 15;

/**
 * The census tags of a would-be lede (`corpus/headless-misses.ts --shapes`): a dateline, a figure
 * or a present perfect in the first sentence, a place or scene opening, a continuation's or a
 * quotation's opening, speech in the first sentence, and a full name (a common given name and a
 * capitalized word) whose surname the story above (`above`, its text) never used. Counts only.
 */
export function ledeShapes(lede: string, above: string): string[] {
  const tags: string[] = [];
  const first = firstSentence(lede);
  if (datelineOf(lede) !== null) tags.push("dateline");
  const cues = hardNewsCues(lede, first.length);
  if (cues & FIGURE) tags.push("figure");
  if (cues & PERFECT_VERB) tags.push("present perfect");
  if (PLACE_OPENING.test(lede)) tags.push("place opening");
  if (QUOTE_OPENING.test(lede)) tags.push("quote opening");
  else if (CONTINUATION_OPENING.test(lede)) tags.push("continuation opening");
  if (SAID.test(first)) tags.push("speech in first sentence");
  let full = false;
  let fresh = false;
  for (const match of first.matchAll(NAME_PAIR)) {
    if (!isGivenName(match[1] as string)) continue;
    full = true;
    if (!new RegExp(`\\b${match[2] as string}\\b`, "u").test(above)) fresh = true;
  }
  if (fresh) tags.push("new full name");
  else if (full) tags.push("full name seen above");
  return tags;
}

/**
 * The census tags of the paragraph above a gap: a closing kind (a closing line, a copyright line,
 * an appeal or disclaimer, an author's note), a quotation's end, speech in its last sentence, a
 * question, no sentence's end (a cut or a line of debris), fewer than SHORT_WORDS words.
 */
export function aboveShapes(text: string): string[] {
  const tags: string[] = [];
  const trimmed = text.trim();
  if (isClosingLine(trimmed) || isCopyright(trimmed)) tags.push("closing or copyright line");
  if (isAppealOrDisclaimer(trimmed)) tags.push("appeal or disclaimer");
  if (isAuthorNote(trimmed)) tags.push("author note");
  if (QUOTE_CLOSE.test(trimmed)) tags.push("ends on a quote");
  if (trimmed.endsWith("?")) tags.push("ends on a question");
  if (!TERMINAL.test(trimmed)) tags.push("no sentence end");
  if (SAID.test(lastSentence(trimmed))) tags.push("speech in last sentence");
  if (trimmed.split(/\s+/u).length < SHORT_WORDS) tags.push("short");
  return tags;
}

function lastSentence(text: string): string {
  const body = text.slice(0, -1);
  const at = Math.max(body.lastIndexOf(". "), body.lastIndexOf("? "), body.lastIndexOf("! "));
  return at < 0 ? text : text.slice(at + 2);
}
