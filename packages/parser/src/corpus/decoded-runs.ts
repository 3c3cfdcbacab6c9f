import { type DecodedStart, decodedStarts } from "../decoded-starts.js";
import { LeftContext } from "../left-context.js";
import { decodesShortStories } from "../segment.js";
import { DEFAULT_DECODER, type SegmentTuning } from "../segment-tuning.js";
import { labeledRuns } from "../test-support/fit-gap-weights.js";
import type { FeatureTable } from "../text-features.js";

/** A decoded stretch: its body and labels, the context it was decoded in, the decoder's starts. */
export interface DecodedRun {
  table: FeatureTable;
  body: readonly number[];
  labels: Uint8Array;
  context: LeftContext;
  found: DecodedStart[];
  /** The fewest paragraphs of a decoded story (the lede pull's bound). */
  min: number;
  /** Each start's index in `body` (-1 where it is not a body paragraph). */
  at: number[];
}

/**
 * The stretches of a dump's text the whole articles' decoder reads (`minStretch` body paragraphs
 * or more), each decoded as the parse decodes it with the tuning `tuningOf` gives for the dump's
 * table; `starts`: the true starts' first lines.
 */
export function* decodedRuns(
  text: string,
  starts: ReadonlySet<number>,
  tuningOf: (table: FeatureTable) => SegmentTuning,
): Generator<DecodedRun> {
  const runs = labeledRuns(text, starts);
  const table = runs[0]?.table;
  if (table === undefined) return;
  const tuning = tuningOf(table);
  const decoder = tuning.decoder ?? DEFAULT_DECODER;
  const min = decoder.fewest ?? tuning.minParagraphs;
  for (const { body, labels } of runs) {
    if (body.length < decoder.minStretch) continue;
    const context = new LeftContext(table);
    context.readsBriefsGaps = decodesShortStories(tuning);
    context.topics.readsShortStories = context.readsBriefsGaps;
    context.readsShortStoryGaps = decoder.shortStoryGaps === true;
    const found = decodedStarts(context, table, body, min, decoder);
    const index = new Map(body.map((k, g) => [k, g]));
    yield { table, body, labels, context, found, min, at: found.map((s) => index.get(s.at) ?? -1) };
  }
}
