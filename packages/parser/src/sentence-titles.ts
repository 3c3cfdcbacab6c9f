import type { ArticleSpan } from "./article-span.js";
import { nextContent } from "./content-paragraphs.js";
import { paragraphLogit } from "./paragraph-signals.js";
import type { Paragraph } from "./paragraphs.js";
import type { ParagraphFeatures } from "./text-features.js";

// The headline model's score a line written as sentences must reach to head an article where
// one starts. Such titles ("X did Y. Here's why.") end with a stop, so they are not
// headline-like; the short ledes of two sentences they are confused with score far lower (on
// the training folds' found starts, most under -3).
export const SENTENCE_TITLE_BAR = -1;

// The most words of a title written as sentences: as for any headline-like line.
const MOST_WORDS = 26;
const FEWEST_WORDS = 4;
const MOST_CHARACTERS = 170;
const OPENS_AS_TITLE = /^[\p{Lu}\p{N}"“‘'$£€¿¡]/u;
const ENDS_WITH_STOP = /[.!?]["”’)]*$/u;
// A sentence's end inside the line, then the next one's capital; not a short abbreviation's
// stop before a name ("Rep. Jane Doe", "U.S. Officials").
const INNER_STOP = /(?<!\b\p{Lu}\p{Ll}{0,3})[.!?]["”’)]?\s+["“‘]?\p{Lu}/u;

/** Whether the line ends a sentence and goes on with another (INNER_STOP). */
export function holdsInnerStop(line: string): boolean {
  return INNER_STOP.test(line);
}

/**
 * Whether the paragraph reads as a title written as two sentences or more where an article is
 * known to start: short, opening like a title, ending with a stop, no dateline, and scored by
 * the headline model at SENTENCE_TITLE_BAR or more. Only asked where an article starts: inside
 * a run of text such lines are prose.
 */
export function isSentenceTitle(text: string, f: ParagraphFeatures): boolean {
  if (f.kind !== "text" || f.headlineLike || f.dateline !== null) return false;
  if (f.words < FEWEST_WORDS || f.words > MOST_WORDS || text.length > MOST_CHARACTERS) return false;
  const line = text.trim();
  if (!OPENS_AS_TITLE.test(line) || !ENDS_WITH_STOP.test(line) || !holdsInnerStop(line))
    return false;
  return paragraphLogit("headline", line) >= SENTENCE_TITLE_BAR;
}

/**
 * The spans found, each article without a headline headed by its first line where that line is
 * a title written as sentences over prose. Done once the starts are chosen, so that it moves no
 * boundary: the readings of a dump (its own length prior, briefs read again from the articles
 * found) count an article's body paragraphs, and taking the line there moved starts elsewhere
 * in the dump.
 */
export function headSentenceTitles(
  spans: ArticleSpan[],
  paragraphs: readonly Paragraph[],
  features: readonly ParagraphFeatures[],
): ArticleSpan[] {
  for (const span of spans) {
    if (span.headline !== null || span.kicker !== null || span.dek !== null) continue;
    if (span.bylines.length > 0 || span.furniture.length > 0) continue;
    const first = nextContent(features, span.first);
    const body = nextContent(features, first + 1);
    const under = features[body];
    if (body > span.last || under?.kind !== "text" || under.headlineLike) continue;
    const f = features[first] as ParagraphFeatures;
    if (isSentenceTitle((paragraphs[first] as Paragraph).text, f)) span.headline = first;
  }
  return spans;
}
