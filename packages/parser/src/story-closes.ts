import { closingLineKind } from "./closing-lines.js";
import { ParagraphMemo } from "./paragraph-memo.js";
import type { FeatureTable } from "./text-features.js";
import { countWords } from "./words.js";

// A copyright line ("© 2019 ...", "Copyright 2020 ...", "... All rights reserved."): a
// syndicate's column closes on one; page debris when it names a year (line-kinds.ts).
export const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/iu;
// What every copyright line holds, searched first (the pattern's word boundaries under /iu cost
// some twenty times this plain search).
const COPYRIGHT_WORDS = /rights reserved|copyright|©|\(c\)/iu;
const COPYRIGHT_MOST_WORDS = 20;
// closingLineKind reads no line longer than this (a prompt 20 words, a contact line 40).
const CLOSING_MOST_WORDS = 40;

/**
 * Whether a paragraph closes a story by its kind, whatever the dump: a closing line of body text
 * (closing-lines.ts: a prompt to read or follow more, an e-mail address or handle, "...
 * contributed to this report"), a reader's appeal or a column's disclaimer of body text
 * (isAppealOrDisclaimer, 60 words or fewer), or a copyright line, body text or page debris
 * ("Write to ... at ..." is debris too). A prompt that is page debris ("Read more: ...",
 * "Follow us on X") is left out: pages put such links between a story's paragraphs, and the
 * fixtures' debris dumps sprinkle them anywhere. Each paragraph's answer is kept for the table it
 * was asked in.
 */
export class StoryCloses {
  private readonly memo = new ParagraphMemo(closesStory);

  closes(table: FeatureTable, at: number): boolean {
    return this.memo.answer(table, at);
  }
}

function closesStory(table: FeatureTable, at: number): boolean {
  const kind = table.paragraphs[at]?.kind;
  if (kind === "text") {
    // The record's count is the text's countWords: neither check counts the words again.
    const words = table.lexical(at).words;
    if (words > CLOSING_MOST_WORDS)
      return words <= APPEAL_MOST_WORDS && isAppealOrDisclaimer(table.text(at));
    const text = table.text(at).trim();
    return (
      closingLineKind(text, words) !== null ||
      isCopyright(text, words) ||
      isAppealOrDisclaimer(text)
    );
  }
  if (kind !== "boilerplate") return false;
  const text = table.text(at).trim();
  if (isCopyright(text)) return true;
  const closing = closingLineKind(text);
  return closing !== null && closing !== "call to action";
}

/** A copyright line of COPYRIGHT_MOST_WORDS words or fewer (`counted`: its countWords, if known). */
export function isCopyright(text: string, counted?: number): boolean {
  return (
    COPYRIGHT_WORDS.test(text) &&
    COPYRIGHT.test(text) &&
    (counted ?? countWords(text)) <= COPYRIGHT_MOST_WORDS
  );
}

// A reader's appeal (to support, subscribe or donate) or a column's disclaimer ("The views
// expressed ... are the author's"): a column's last lines, longer than a prompt. On fold 1 (every
// learned file fitted without it) one more headless start found, F1 +0.0005 and exact +0.002 in
// each whole-article layout; fold 3 two more (docs/tried.md, "Headless recall: the piece's length
// crossed with the evidence, closing cues, a reader's appeal").
const APPEAL =
  /\b(?:please consider|consider (?:supporting|subscribing|donating)|support (?:our|local|independent) journalism|subscribe to (?:our|the) [\w' ]*newsletter|make a donation|(?:views|opinions) expressed (?:in|here|by))\b/iu;
// What every such line holds, searched first, without the first letter, which may be a capital
// (a line in capitals is left out): asked of most paragraphs above a decoded gap, the search under
// /i cost +0.7% of generated code on three parses of the bench's 5 MB dump, this one +0.3%.
const APPEAL_WORDS = /onsider|ournalism|ewsletter|onation|xpressed/u;
const APPEAL_MOST_WORDS = 60;

/** A reader's appeal or a column's disclaimer (APPEAL), of any length the caller allows. */
export function isAppealOrDisclaimer(text: string): boolean {
  return APPEAL_WORDS.test(text) && APPEAL.test(text);
}
