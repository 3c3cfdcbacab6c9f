import { nextContent } from "./content-paragraphs.js";
import { lineEcho } from "./head-evidence.js";
import { paragraphLogit } from "./paragraph-signals.js";
import type { Paragraph } from "./paragraphs.js";
import type { ParagraphFeatures } from "./text-features.js";

// How far below even odds the headline model must put a line at an article's start to call it
// the article's first paragraph instead. On the training folds' articles, 3 titles in 21,000
// that the headline rules take fall below it, and 1,093 of the 3,182 first paragraphs they take
// (pictures' captions, a lede's opening words); the fixtures' lowest title scores -3.
const NOT_A_TITLE = -4;

/**
 * Whether a headline-like line where an article starts reads as a title: there, nothing weighs
 * it against the text around it, and the headline model alone can tell a caption from a title.
 * Lines in capitals are taken as they are: real titles seldom are, so the model knows little
 * of them.
 */
export function readsAsTitle(
  paragraphs: readonly Paragraph[],
  features: readonly ParagraphFeatures[],
  h: number,
): boolean {
  if ((features[h] as ParagraphFeatures).allCaps) return true;
  return paragraphLogit("headline", (paragraphs[h] as Paragraph).text) >= NOT_A_TITLE;
}

// How much more of the second of two stacked title-like lines must come back in the text under
// them for the first to be taken for a link to other coverage rather than a headline over its dek.
const ECHO_MARGIN = 0.25;
// Paragraphs of prose under them whose words are looked for.
const ECHO_PARAGRAPHS = 3;

/**
 * Whether, of the headline-like line at h and the headline-like line k under it, k's words come
 * back in the prose under both far more than h's: h is then a link to another story or a
 * promotion ("Go deeper: ...", "WATCH: ..."), and k the headline of the article that starts.
 */
export function echoesLess(
  paragraphs: readonly Paragraph[],
  features: readonly ParagraphFeatures[],
  h: number,
  k: number,
): boolean {
  let body = nextContent(features, k + 1);
  while (features[body]?.kind === "byline") body = nextContent(features, body + 1);
  const f = features[body];
  if (f === undefined || f.kind !== "text" || f.headlineLike) return false;
  // The first paragraphs of prose under both: a headline's words come back within a few.
  let under = (paragraphs[body] as Paragraph).text;
  const reach = Math.min(paragraphs.length, body + 2 * ECHO_PARAGRAPHS);
  for (let p = body + 1, read = 1; p < reach && read < ECHO_PARAGRAPHS; p++) {
    const g = features[p];
    if (g?.kind !== "text" || g.headlineLike) continue;
    under += ` ${(paragraphs[p] as Paragraph).text}`;
    read++;
  }
  return (
    lineEcho((paragraphs[k] as Paragraph).text, under) >
    lineEcho((paragraphs[h] as Paragraph).text, under) + ECHO_MARGIN
  );
}

/** A label too short to be a headline: a capitalized word or three, unpunctuated. */
export function isSectionLabel(text: string, f: ParagraphFeatures): boolean {
  return (
    f.kind === "text" &&
    f.words >= 1 &&
    f.words <= 3 &&
    text.length <= 30 &&
    /^\p{Lu}/u.test(text) &&
    !/[.,;:!?]$/.test(text)
  );
}
