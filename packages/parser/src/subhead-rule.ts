import type { ArticleSoFar } from "./article-so-far.js";
import type { LexicalFeatures } from "./lexical-features.js";
import type { TermSet } from "./term-set.js";
import { KEYS, STEMS, type TermKind, TITLED_REFS, termCount } from "./term-store.js";
import type { ParagraphFeatures } from "./text-features.js";

/**
 * Whether the headline-like line `text`, with `next` under it, heads a section of the article
 * so far rather than opening a new one.
 */
export function isSubhead(
  text: string,
  headline: ParagraphFeatures,
  next: ParagraphFeatures,
  nextNames: LexicalFeatures,
  before: ArticleSoFar,
): boolean {
  if (next.kind === "byline" || next.dateline !== null) return false;
  // An interviewer's question, or a label in running text ("The ring around the city"):
  // headlines name what they are about, or capitalize their words.
  if (inSentenceCase(text) && text.endsWith("?")) return true;
  if (
    termCount(nextNames, TITLED_REFS) > 0 &&
    sharedWith(nextNames, TITLED_REFS, before.names()) > 0
  )
    return true;
  if (headline.words <= 4 && next.continuationOpening) return true;
  // The paragraph under it goes on in the words of the ones above: a subhead in a long read.
  const recent = before.words();
  const sharedWords = sharedWith(nextNames, STEMS, recent);
  if (sharedWords >= SUBHEAD_SHARED_WORDS) return true;
  // A short label in sentence case ("A slow summer for the buses") reads like running text, so
  // less of the same vocabulary makes it a subhead; but newsrooms that write their headlines
  // in sentence case ("Schools to teach coding at ten") start a new story under it.
  if (inSentenceCase(text) && headline.words <= 6 && sharedWords >= LABEL_SHARED_WORDS) return true;
  // "UP NEXT", "TRAINER'S ROOM": section labels inside an article are short and in capitals. A
  // few words more in capitals may be a headline: a subhead only if the text goes on under it.
  if (headline.allCaps && headline.words <= 3) return true;
  if (headline.allCaps && headline.words <= 5 && sharedWords >= LABEL_SHARED_WORDS) return true;
  const keys = termCount(nextNames, KEYS);
  if (headline.words > 4 || keys === 0) return false;
  return sharedWith(nextNames, KEYS, before.names()) * 2 >= keys;
}

/** How many entries of the paragraph's list of that kind the set holds (a repeated one each time). */
function sharedWith(f: LexicalFeatures, kind: TermKind, set: TermSet): number {
  let shared = 0;
  for (let i = f.from(kind); i < f.to(kind); i++) if (set.has(f.terms[i] as number)) shared++;
  return shared;
}

// Content words a paragraph shares with the few before it when it carries on the same story,
// under a headline-like line and under a short label in sentence case or in capitals.
const SUBHEAD_SHARED_WORDS = 3;
const LABEL_SHARED_WORDS = 2;

/**
 * Capitalized only where a sentence begins: no other word starts with a capital letter (so no
 * name, no place, no title-cased word).
 */
export function inSentenceCase(text: string): boolean {
  return !/(?<![.!?:])\s["“‘(]?\p{Lu}/u.test(text);
}
