import type { EditionOutcomes } from "@newsdesk/store";

/** When an edition pauses itself: more than `maxRate` of at least `minSample` tries failed. */
export interface FailurePolicy {
  /** 0..1; failures above this share of finished deliveries pause the edition. */
  maxRate: number;
  /** Finished deliveries needed before the rate means anything. */
  minSample: number;
}

export const DEFAULT_FAILURE_POLICY: FailurePolicy = { maxRate: 0.2, minSample: 20 };

/**
 * Why the edition must pause now, or undefined while it may go on. Counts deliveries that
 * finished (sent, bounced, failed for good) since the edition was last resumed; a transient
 * failure that is retried is not a failure yet.
 */
export function pauseReason(
  outcomes: EditionOutcomes,
  policy: FailurePolicy = DEFAULT_FAILURE_POLICY,
): string | undefined {
  const { finished, failed } = outcomes;
  if (finished < policy.minSample || finished === 0) return undefined;
  const rate = failed / finished;
  if (rate <= policy.maxRate) return undefined;
  return `${failed} of ${finished} deliveries failed (${percent(rate)}, above EDITION_FAILURE_RATE ${percent(policy.maxRate)})`;
}

function percent(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}
