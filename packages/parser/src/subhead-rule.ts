import type { ArticleSoFar } from "./article-so-far.js";
import type { LexicalFeatures } from "./lexical-features.js";
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
  if (nextNames.titledRefs.length > 0) {
    const cast = before.names();
    if (nextNames.titledRefs.some((name) => cast.has(name))) return true;
  }
  if (headline.words <= 4 && next.continuationOpening) return true;
  // The paragraph under it goes on in the words of the ones above: a subhead in a long read.
  const recent = before.words();
  const sharedWords = nextNames.stems.filter((stem) => recent.has(stem)).length;
  if (sharedWords >= SUBHEAD_SHARED_WORDS) return true;
  // A short label in sentence case ("A slow summer for the buses") reads like running text, so
  // less of the same vocabulary makes it a subhead; but newsrooms that write their headlines
  // in sentence case ("Schools to teach coding at ten") start a new story under it.
  if (inSentenceCase(text) && headline.words <= 6 && sharedWords >= LABEL_SHARED_WORDS) return true;
  // "UP NEXT", "TRAINER'S ROOM": section labels inside an article are short and in capitals. A
  // few words more in capitals may be a headline: a subhead only if the text goes on under it.
  if (headline.allCaps && headline.words <= 3) return true;
  if (headline.allCaps && headline.words <= 5 && sharedWords >= LABEL_SHARED_WORDS) return true;
  if (headline.words > 4 || nextNames.keys.length === 0) return false;
  const cast = before.names();
  const shared = nextNames.keys.filter((key) => cast.has(key)).length;
  return shared * 2 >= nextNames.keys.length;
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
