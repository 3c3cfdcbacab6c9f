import { decodedStarts } from "../decoded-starts.js";
import { LeftContext } from "../left-context.js";
import { DEFAULT_DECODER, DEFAULT_TUNING } from "../segment-tuning.js";
import { type LabeledRun, trueStartsOf } from "../test-support/fit-gap-weights.js";

/**
 * The starts the decoder, with the learned files as they stand, chooses in a run, as body
 * indices: where it measures each later gap from (decoded-starts.ts). It decodes as it does whole
 * articles (the short story's lean unread, the whole articles' gap model), the model the path
 * refits (train-decoder.ts). A run too short to be decoded is judged gap by gap, which measures
 * from the starts it found; its true starts stand in for them.
 */
export function decoderPath(run: LabeledRun): Set<number> {
  const { table, body } = run;
  if (body.length < DEFAULT_DECODER.minStretch) return trueStartsOf(run);
  const context = new LeftContext(table);
  const bodyIndex = new Map(body.map((k, g) => [k, g]));
  const starts = new Set<number>();
  for (const start of decodedStarts(
    context,
    table,
    body,
    DEFAULT_TUNING.minParagraphs,
    DEFAULT_DECODER,
  )) {
    const g = bodyIndex.get(start.at);
    if (g !== undefined) starts.add(g);
  }
  return starts;
}
