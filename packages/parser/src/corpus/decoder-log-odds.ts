import { bodyParagraphs } from "../content-paragraphs.js";
import { decoderGapScore } from "../decoded-starts.js";
import { calibrated, decoderGapModel } from "../decoder-gap-models.js";
import { LeftContext } from "../left-context.js";
import type { FeatureTable } from "../text-features.js";

/**
 * The decoder's calibrated log-odds of a start at paragraph `at` in the article begun at
 * `first` (the whole articles' gap model, over the dump's body paragraphs); NaN where `at` is
 * no body paragraph.
 */
export function decoderLogOdds(table: FeatureTable): (first: number, at: number) => number {
  const body = bodyParagraphs(table.paragraphs, 0, table.paragraphs.length - 1);
  const index = new Map(body.map((p, g) => [p, g]));
  const context = new LeftContext(table);
  context.reset(body);
  return (first, at) => {
    const g = index.get(at);
    if (g === undefined || g === 0) return Number.NaN;
    let s = g;
    while (s > 0 && (body[s - 1] as number) >= first) s--;
    const score = decoderGapScore(context, table, body, g, Number.NEGATIVE_INFINITY, s);
    return calibrated(decoderGapModel(context), score);
  };
}
