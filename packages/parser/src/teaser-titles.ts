import type { ArticleSpan } from "./article-span.js";
import type { Paragraph } from "./paragraphs.js";
import type { ParagraphFeatures } from "./text-features.js";

// Fewest words of the sentence a teaser line opens with: a summary sentence, not a title's
// first clause ("Islanders want a ferry.").
export const TEASER_WORDS = 8;
// The first sentence's end inside the line: a stop (not a question or exclamation mark, which
// titles written as a question and its answer use), then the next sentence's capital.
const FIRST_STOP = /(?<!\b\p{Lu}\p{Ll}{0,3}|\b(?:v|vs|al|etc))\.["”’)]?\s+(?=["“‘]?\p{Lu})/u;
// Titles of two sentences go on from the first with a pointer to it ("... Here's why", "This is
// how", "Now the vote"); a teaser's title stands on its own.
const POINTS_BACK =
  /^["“‘]?(?:here|this|that|these|those|now|it|they|so|but|and|only|not|yes|no)\b/iu;

// A title ended by a mark ("... to the timetable. Finally!") is the line's own second
// sentence: a teaser's title, pasted as a page shows it, ends bare.
const ENDS_WITH_MARK = /[.!?]["”’)]*$/u;

/**
 * Whether a headline-like line reads as a page's teaser run into its title ("Officials said on
 * Monday that the plan would go ahead. Plan goes ahead"): a sentence of TEASER_WORDS or more in
 * sentence case, ended by a stop, then a shorter title of two words or more that does not
 * point back at it and ends bare.
 */
export function isTeaserOverTitle(text: string, f: ParagraphFeatures): boolean {
  if (f.kind !== "text" || !f.headlineLike || f.allCaps) return false;
  const line = text.trim();
  const stop = FIRST_STOP.exec(line);
  if (stop === null) return false;
  const teaser = line.slice(0, stop.index).split(/\s+/u);
  const title = line.slice(stop.index + stop[0].length).trim();
  const titleWords = title.split(/\s+/u).length;
  if (teaser.length < TEASER_WORDS || titleWords < 2 || titleWords > teaser.length) return false;
  if (POINTS_BACK.test(title) || ENDS_WITH_MARK.test(title)) return false;
  const lower = teaser.slice(1).filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower * 2 >= teaser.length - 1;
}

/**
 * The spans found, each one headed only by a teaser run into its title (isTeaserOverTitle) left
 * headless, the line its first paragraph: pages paste such a line as the story's opening, and
 * its headline is derived. Done once the starts are chosen, so that no boundary moves.
 */
export function unheadTeasers(
  spans: ArticleSpan[],
  paragraphs: readonly Paragraph[],
  features: readonly ParagraphFeatures[],
): ArticleSpan[] {
  for (const span of spans) {
    const h = span.headline;
    if (h === null || h !== span.first || span.kicker !== null || span.dek !== null) continue;
    if (span.bylines.length > 0 || span.furniture.length > 0 || span.duplicates.length > 0)
      continue;
    if (isTeaserOverTitle((paragraphs[h] as Paragraph).text, features[h] as ParagraphFeatures))
      span.headline = null;
  }
  return spans;
}
