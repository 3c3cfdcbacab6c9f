import { GAP_FEATURE_NAMES } from "../gap-features.js";
import type { Sample } from "../test-support/fit-gap-weights.js";
import { TOPIC_FEATURE_NAMES } from "../topic-features.js";
import { fitDense } from "./logistic.js";

const isTopic = (name: string) => (TOPIC_FEATURE_NAMES as readonly string[]).includes(name);

/**
 * A gap model's weights ([bias, ...one per GAP_FEATURE_NAMES]), in two steps: the evidence
 * every gap has, fitted on all gaps; then the topic evidence, fitted on top of that score with
 * no bias but topicMeasured's. Where the article before a gap is too short to compare the gap
 * with (topic-features.ts) every topic feature is 0 and the gap adds nothing to their fit: the
 * topic weights are learned from the gaps that have them, and a short story's gaps score as
 * they would without them. Fitted together, the other weights leaned on the topic evidence,
 * and short stories, which have none, lost their starts.
 */
export function fitGapModel(samples: readonly Sample[]): number[] {
  const ys = samples.map((s) => s.y);
  const columns = (topic: boolean) =>
    GAP_FEATURE_NAMES.flatMap((name, i) => (isTopic(name) === topic ? [i] : []));
  const pick = (s: Sample, cols: readonly number[]) =>
    Float64Array.from(cols, (i) => s.x[i] as number);
  const baseColumns = columns(false);
  const base = fitDense(
    samples.map((s) => pick(s, baseColumns)),
    ys,
    { l2: 1 },
  );
  const offsets = samples.map((s) =>
    baseColumns.reduce(
      (z, i, k) => z + (base[k + 1] as number) * (s.x[i] as number),
      base[0] as number,
    ),
  );
  const topicColumns = columns(true);
  const topic = fitDense(
    samples.map((s) => pick(s, topicColumns)),
    ys,
    { l2: 1, offsets, bias: false },
  );
  const w = [base[0] as number];
  GAP_FEATURE_NAMES.forEach((_, i) => {
    const k = baseColumns.indexOf(i);
    w.push(k >= 0 ? (base[k + 1] as number) : (topic[topicColumns.indexOf(i) + 1] as number));
  });
  return w;
}
