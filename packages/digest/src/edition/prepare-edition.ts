import { type DeliverPayload, enqueueDeliveries } from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import type { Queue } from "bullmq";

export interface PreparedEdition {
  /** Deliveries created by this call (0 when the audience was frozen before). */
  created: number;
  /** Deliver jobs queued: every delivery of the edition not yet finished. */
  queued: number;
  /** The edition paused itself (too many failures): nothing was queued; resume it first. */
  paused: boolean;
}

export type PrepareStore = Pick<
  Store,
  "prepareDeliveries" | "pendingDeliveryIds" | "getEdition" | "markEditionQueued"
>;

/**
 * Freezes an edition's audience (one delivery row per active subscriber of its frequency, of
 * `timezones` when given, in one statement) and queues a deliver job per unfinished row in bulk,
 * with deterministic ids, then records that it is queued. Safe to run again after a crash at
 * any point: no row or email is doubled. A paused edition's deliveries are left queued.
 */
export async function prepareEdition(
  deps: { store: PrepareStore; deliverQueue: Queue<DeliverPayload> },
  editionId: number,
  options: {
    backoffDelayMs?: number | undefined;
    timezones?: readonly string[] | undefined;
  } = {},
): Promise<PreparedEdition> {
  const { store } = deps;
  const created = await store.prepareDeliveries(editionId, { timezones: options.timezones });
  if ((await store.getEdition(editionId))?.status === "paused") {
    return { created, queued: 0, paused: true };
  }
  const queued = await queueDeliveries(deps, editionId, options);
  return { created, queued, paused: false };
}

/** Queues a deliver job per unfinished delivery of the edition, then marks it queued. */
export async function queueDeliveries(
  deps: {
    store: Pick<Store, "pendingDeliveryIds" | "markEditionQueued">;
    deliverQueue: Queue<DeliverPayload>;
  },
  editionId: number,
  options: { backoffDelayMs?: number | undefined } = {},
): Promise<number> {
  const ids = await deps.store.pendingDeliveryIds(editionId);
  const queued = await enqueueDeliveries(deps.deliverQueue, ids, options);
  await deps.store.markEditionQueued(editionId);
  return queued;
}
