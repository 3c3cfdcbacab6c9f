import type { Queue } from "bullmq";
import { type DeliverPayload, deliverJob } from "../jobs.js";
import { enqueueDeliveries, missingJobIds } from "../queues.js";
import { stillHeld } from "./still-held.js";

/**
 * A `sending` row older than this lost its process between claim and send (or the send is
 * stuck): re-queued only then, so that an email still on its way is not sent twice.
 */
export const STALE_SENDING_SECONDS = 5 * 60;

/** What the database holds as deliveries to send (structurally `@newsdesk/store`'s `Store`). */
export interface DeliveryWorkStore {
  /** Deliveries of unpaused editions left `queued`, or `sending` for over `staleSeconds`. */
  unsentDeliveryIds(staleSeconds: number): Promise<number[]>;
}

export interface ReconcileDeliveriesDeps {
  store: DeliveryWorkStore;
  deliverQueue: Queue<DeliverPayload>;
  staleSendingSeconds?: number | undefined;
  /** False: only count the lost jobs (`newsdesk status`, `/healthz`). */
  requeue?: boolean | undefined;
}

export interface ReconcileDeliveriesResult {
  /** Deliveries of unpaused editions the database holds as still to send. */
  held: number;
  /** Of those, the ones whose jobs Redis had lost (queued again unless `requeue` is false). */
  lost: number;
}

/**
 * Queues again, by their deterministic ids, the deliver jobs that Redis lost: deliveries of
 * unpaused editions left `queued`, or `sending` for longer than `staleSendingSeconds`. A job
 * that still exists (waiting, delayed for a retry, active, failed for good) is left alone.
 */
export async function reconcileDeliveries(
  deps: ReconcileDeliveriesDeps,
): Promise<ReconcileDeliveriesResult> {
  const unsent = () =>
    deps.store.unsentDeliveryIds(deps.staleSendingSeconds ?? STALE_SENDING_SECONDS);
  const ids = await unsent();
  const byJobId = new Map(ids.map((deliveryId) => [deliverJob.id({ deliveryId }), deliveryId]));
  const missing = (await missingJobIds(deps.deliverQueue, [...byJobId.keys()])).flatMap(
    (jobId) => byJobId.get(jobId) ?? [],
  );
  const lost = await stillHeld(missing, unsent);
  if (deps.requeue ?? true) await enqueueDeliveries(deps.deliverQueue, lost);
  return { held: ids.length, lost: lost.length };
}
