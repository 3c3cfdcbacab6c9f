import { ArticleSoFar } from "./article-so-far.js";
import { type ArticleSpan, emptySpan } from "./article-span.js";
import { holdsBodyText } from "./content-paragraphs.js";
import { joinShortTails } from "./false-start-joins.js";
import { headAt } from "./head-at.js";
import type { Paragraph } from "./paragraphs.js";
import { partShortHalves } from "./short-halves.js";
import { type HalvesJoin, joinSplitHalves } from "./split-halves.js";
import type { FeatureTable } from "./text-features.js";
import { type Opening, partWeakHalves } from "./weak-halves.js";

/**
 * The found articles joined and parted by their whole pieces' cohesion: a long story's split
 * halves and short tails joined (against the dump's `level`), long articles parted where their
 * halves share no subject, and shorter ones too where the dump is read as one of short stories
 * (`shortStories`, the dump's reading: parse-text.ts).
 */
export function wholePieceRules(
  segmented: ArticleSpan[],
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  level: () => number,
  join: HalvesJoin | undefined,
  shortStories: boolean,
): ArticleSpan[] {
  const joined = joinShortTails(joinSplitHalves(segmented, table, level, join), table, level);
  const opening = headOpening(paragraphs, table);
  const parted = partWeakHalves(joined, table, opening);
  return shortStories ? partShortHalves(parted, table, opening) : parted;
}

/**
 * A parted article opens as an article found from the text does (segment.ts), and as a piece of a
 * large dump cut at that start reads its first line: with the headline a title-like line there
 * is. Opened bare, the line went into the body and the article's headline was derived from it in
 * the whole dump, while the piece begun there took it for the headline.
 */
export function headOpening(paragraphs: readonly Paragraph[], table: FeatureTable): Opening {
  return (at, last) => {
    const head = headAt(paragraphs, table, at, true, new ArticleSoFar(table));
    if (head === null) return emptySpan(at);
    return holdsBodyText(table.paragraphs, head.bodyStart, last) ? head.span : null;
  };
}
