import type { Logger } from "@newsdesk/config";
import type { Store } from "@newsdesk/store";
import { type FailurePolicy, pauseReason } from "./failure-rate.js";

/**
 * After a delivery of `editionId` failed for good: pauses the edition when its failure rate
 * passed the policy's threshold, and says (once, from the process that paused it) what to do.
 * Returns whether this call paused it.
 */
export async function pauseIfFailing(
  deps: { store: Pick<Store, "editionOutcomes" | "pauseEdition">; log: Logger },
  editionId: number,
  policy: FailurePolicy,
): Promise<boolean> {
  const reason = pauseReason(await deps.store.editionOutcomes(editionId), policy);
  if (!reason) return false;
  if (!(await deps.store.pauseEdition(editionId, reason))) return false;
  deps.log.error(
    { editionId, reason },
    `edition ${editionId} paused: ${reason}. Its remaining deliveries stay queued and nothing more is sent. Find out why they fail (the SMTP replies are in the deliveries' last_error: a blocked sender, a bad list, a DKIM or relay problem), fix it, then run \`npx newsdesk digest resume --edition ${editionId}\``,
  );
  return true;
}
