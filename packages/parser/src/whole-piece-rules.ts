import type { ArticleSpan } from "./article-span.js";
import { partBeatHalves } from "./beat-halves.js";
import { joinBeatHalves } from "./beat-join.js";
import type { DumpLevel } from "./dump-level.js";
import { joinMedianSubheads, joinShortTails, joinSubheadStarts } from "./false-start-joins.js";
import type { Paragraph } from "./paragraphs.js";
import { headOpening } from "./parted-start.js";
import { partShortHalves } from "./short-halves.js";
import { type HalvesJoin, joinSplitHalves } from "./split-halves.js";
import { type StartVeto, vetoStarts } from "./start-veto.js";
import type { FeatureTable } from "./text-features.js";
import { raiseStartsToTitles } from "./title-above-start.js";
import { partWeakHalves } from "./weak-halves.js";

/**
 * The found articles joined and parted by their whole pieces' cohesion: a long story's split
 * halves, short tails and subheads taken for starts joined (against the dump's `levels`), long
 * articles parted where their halves share no subject (by corpus idf, then with the dump's beat
 * weighed down), and, where the dump is read as one of short stories (`shortStories`, the dump's
 * reading: parse-text.ts), shorter ones parted too and a headless brief's start raised onto the
 * title over it; else the starts the learned veto reads as false dropped (`veto`: start-veto.ts,
 * false for none). Each step reads the spans the one before left.
 */
export function wholePieceRules(
  segmented: ArticleSpan[],
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  levels: () => DumpLevel,
  join: HalvesJoin | undefined,
  shortStories: boolean,
  veto?: StartVeto | false,
): ArticleSpan[] {
  const highest = () => levels().highest;
  let spans = joinSplitHalves(segmented, table, highest, join);
  spans = joinBeatHalves(spans, table, levels, join);
  spans = joinShortTails(spans, table, highest);
  spans = joinSubheadStarts(spans, table, levels);
  spans = joinMedianSubheads(spans, table, levels);
  const opening = headOpening(paragraphs, table);
  spans = partBeatHalves(partWeakHalves(spans, table, opening), table, opening);
  if (!shortStories) return veto === false ? spans : vetoStarts(spans, table, levels, false, veto);
  return raiseStartsToTitles(partShortHalves(spans, table, opening), paragraphs, table, opening);
}
