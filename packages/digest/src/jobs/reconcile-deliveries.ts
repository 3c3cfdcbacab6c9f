import {
  type DeliverPayload,
  deliverJob,
  enqueueDeliveries,
  jobHandler,
  missingJobIds,
  reconcileDeliveriesJob,
} from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import type { Queue } from "bullmq";

/**
 * A `sending` row older than this lost its process between claim and send (or the send is
 * stuck): re-queued only then, so that an email still on its way is not sent twice.
 */
export const STALE_SENDING_SECONDS = 5 * 60;

export interface ReconcileDeliveriesDeps {
  store: Pick<Store, "unsentDeliveryIds">;
  deliverQueue: Queue<DeliverPayload>;
  staleSendingSeconds?: number | undefined;
  /** False: only count the lost jobs (`newsdesk status`). */
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
  const ids = await deps.store.unsentDeliveryIds(deps.staleSendingSeconds ?? STALE_SENDING_SECONDS);
  const byJobId = new Map(ids.map((deliveryId) => [deliverJob.id({ deliveryId }), deliveryId]));
  const lost = await missingJobIds(deps.deliverQueue, [...byJobId.keys()]);
  if (deps.requeue ?? true) {
    await enqueueDeliveries(
      deps.deliverQueue,
      lost.flatMap((jobId) => byJobId.get(jobId) ?? []),
    );
  }
  return { held: ids.length, lost: lost.length };
}

/** The `reconcile-deliveries` job, made every minute by its job scheduler. */
export function reconcileDeliveriesHandler(deps: ReconcileDeliveriesDeps) {
  return jobHandler({
    job: reconcileDeliveriesJob,
    async run(_data, { log }) {
      const result = await reconcileDeliveries(deps);
      if (result.lost > 0) log.warn(result, "queued again the deliveries Redis had lost");
      return result;
    },
  });
}
