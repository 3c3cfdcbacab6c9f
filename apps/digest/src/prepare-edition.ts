import { type DeliverPayload, enqueueDeliveries } from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import type { Queue } from "bullmq";

export interface PreparedEdition {
  /** Deliveries created by this call (0 when the audience was frozen before). */
  created: number;
  /** Deliver jobs queued: every delivery of the edition not yet finished. */
  queued: number;
}

/**
 * Freezes an edition's audience (one delivery row per active subscriber of its frequency, in
 * one statement) and queues a deliver job per unfinished row in bulk, with deterministic ids.
 * Safe to run again after a crash at any point: no row or email is doubled.
 */
export async function prepareEdition(
  deps: {
    store: Pick<Store, "prepareDeliveries" | "pendingDeliveryIds">;
    deliverQueue: Queue<DeliverPayload>;
  },
  editionId: number,
  options: { backoffDelayMs?: number | undefined } = {},
): Promise<PreparedEdition> {
  const created = await deps.store.prepareDeliveries(editionId);
  const ids = await deps.store.pendingDeliveryIds(editionId);
  const queued = await enqueueDeliveries(deps.deliverQueue, ids, options);
  return { created, queued };
}
