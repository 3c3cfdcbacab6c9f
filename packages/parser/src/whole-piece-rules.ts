import type { ArticleSpan } from "./article-span.js";
import { partBeatHalves } from "./beat-halves.js";
import { joinBeatHalves } from "./beat-join.js";
import type { DumpLevel } from "./dump-level.js";
import { joinShortTails, joinSubheadStarts } from "./false-start-joins.js";
import type { Paragraph } from "./paragraphs.js";
import { headOpening } from "./parted-start.js";
import { partShortHalves } from "./short-halves.js";
import { type HalvesJoin, joinSplitHalves } from "./split-halves.js";
import type { FeatureTable } from "./text-features.js";
import { raiseStartsToTitles } from "./title-above-start.js";
import { partWeakHalves } from "./weak-halves.js";

/**
 * The found articles joined and parted by their whole pieces' cohesion: a long story's split
 * halves, short tails and subheads barely taken joined (against the dump's `levels`), long
 * articles parted where their halves share no subject (by corpus idf, then with the dump's beat
 * weighed down), and shorter ones too where the dump is
 * read as one of short stories (`shortStories`, the dump's reading: parse-text.ts).
 */
export function wholePieceRules(
  segmented: ArticleSpan[],
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  levels: () => DumpLevel,
  join: HalvesJoin | undefined,
  shortStories: boolean,
): ArticleSpan[] {
  const highest = () => levels().highest;
  const joined = joinSubheadStarts(
    joinShortTails(
      joinBeatHalves(joinSplitHalves(segmented, table, highest, join), table, levels, join),
      table,
      highest,
    ),
    table,
    levels,
  );
  const opening = headOpening(paragraphs, table);
  const parted = partBeatHalves(partWeakHalves(joined, table, opening), table, opening);
  if (!shortStories) return parted;
  return raiseStartsToTitles(partShortHalves(parted, table, opening), paragraphs, table, opening);
}
