import type { GapFeatures } from "./gap-features.js";
import { LEARNED_GAP_THRESHOLD, LEARNED_TOPIC_BIAS } from "./learned/gap-threshold-data.js";
import { LEARNED_GAP_WEIGHTS } from "./learned/gap-weights-data.js";

/**
 * How much each piece of gap evidence counts toward "a new article starts here"; a gap whose
 * weighted sum passes GAP_THRESHOLD is a boundary. Learned by `npm run train` (logistic
 * regression on the gaps of dumps composed from the newsroom corpus's training outlets and the
 * project's fixtures; see corpus/train-gaps.ts), the threshold then chosen for the best
 * boundary F1 on other training dumps (corpus/train-threshold.ts).
 */
export const GAP_WEIGHTS: Record<keyof GapFeatures, number> & { bias: number } = {
  ...LEARNED_GAP_WEIGHTS,
  // The topic evidence's own bias, chosen as the threshold is (corpus/train-threshold.ts).
  topicMeasured: LEARNED_TOPIC_BIAS,
};

export const GAP_THRESHOLD: number = LEARNED_GAP_THRESHOLD;

/**
 * `(score, evidence) => score + Σ weights[name] * evidence[name]` over `names`, in their order,
 * as straight-line code: a loop over the names reads each weight and each piece of evidence by
 * a key that changes from turn to turn, and every number so read is a new heap number (about
 * 90 MB per 50 MB dump). The weights are written into the code as the literals they print as,
 * which read back as the same numbers.
 */
export function weigher<Name extends string>(
  names: readonly Name[],
  weights: Record<Name, number>,
): (score: number, evidence: Record<Name, number>) => number {
  const terms = names.map((name) => {
    if (!/^[A-Za-z_$][\w$]*$/.test(name) || !Number.isFinite(weights[name]))
      throw new Error(`weigher: feature ${name} needs a plain name and a finite weight`);
    return `s += ${weights[name]} * e.${name};`;
  });
  return new Function("s", "e", `${terms.join("\n")}\nreturn s;`) as (
    score: number,
    evidence: Record<Name, number>,
  ) => number;
}
