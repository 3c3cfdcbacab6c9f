import type { ArticleSoFar } from "./article-so-far.js";
import { headAt } from "./head-at.js";
import { lineEcho } from "./head-evidence.js";
import type { Paragraph } from "./paragraphs.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";

// How much of a headline's words (idf-weighted) must come back in the prose under it.
export const ECHO_UNDER = 0.3;
// Paragraphs of prose on either side of a line that its words are looked for in.
const ECHO_PARAGRAPHS = 3;

/**
 * Where an article found by its gap at `at` starts when the line right above it reads as its
 * headline: a headline-like line the headline evidence turned down inside the story above, which
 * would head the prose from `at` on, and whose words come back in that prose and nowhere in the
 * story above's last paragraphs, opens the article. The start was taken a paragraph late, with
 * the headline left as the story above's last line (the mirror of startAtHeadlineBelow).
 */
export function startAtHeadlineAbove(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  at: number,
  first: number,
  soFar: ArticleSoFar,
): number {
  const features = table.paragraphs;
  const line = at - 1;
  if (line <= first || features[line]?.kind !== "text" || !features[line]?.headlineLike) return at;
  if (features[at]?.headlineLike) return at;
  const head = headAt(paragraphs, table, line, true, soFar);
  if (head === null || head.bodyStart !== at) return at;
  const text = (paragraphs[line] as Paragraph).text;
  if (lineEcho(text, prose(paragraphs, table, at, 1, paragraphs.length - 1)) < ECHO_UNDER)
    return at;
  return lineEcho(text, prose(paragraphs, table, line - 1, -1, first)) === 0 ? line : at;
}

/** Up to ECHO_PARAGRAPHS paragraphs of prose from `from` on, read in `step`'s direction to `stop`. */
export function prose(
  paragraphs: readonly Paragraph[],
  table: { readonly paragraphs: readonly ParagraphFeatures[] },
  from: number,
  step: 1 | -1,
  stop: number,
): string {
  let text = "";
  for (let p = from, read = 0; read < ECHO_PARAGRAPHS && (p - stop) * step <= 0; p += step) {
    const f = table.paragraphs[p];
    if (f?.kind !== "text" || f.headlineLike) continue;
    text += ` ${(paragraphs[p] as Paragraph).text}`;
    read++;
  }
  return text;
}
