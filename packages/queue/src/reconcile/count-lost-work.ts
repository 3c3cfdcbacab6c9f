import type { Queues } from "../queues.js";
import { type DeliveryWorkStore, reconcileDeliveries } from "./reconcile-deliveries.js";
import { type IngestWorkStore, reconcileIngest } from "./reconcile-ingest.js";

/** Work the database holds whose job the queues no longer have (a Redis restarted empty). */
export interface LostWork {
  dumps: number;
  articles: number;
  deliveries: number;
}

/**
 * Counts, without queuing anything, the work the reconcile jobs would queue again: what
 * `newsdesk status` and `/healthz` report. It reads every unfinished row and asks Redis for
 * each one's job, so callers that poll should reuse a recent answer.
 */
export async function countLostWork(
  store: IngestWorkStore & DeliveryWorkStore,
  queues: Pick<Queues, "ingest" | "classify" | "deliver">,
): Promise<LostWork> {
  const [ingest, deliveries] = await Promise.all([
    reconcileIngest({
      store,
      ingestQueue: queues.ingest,
      classifyQueue: queues.classify,
      requeue: false,
    }),
    reconcileDeliveries({ store, deliverQueue: queues.deliver, requeue: false }),
  ]);
  return { dumps: ingest.dumpsLost, articles: ingest.articlesLost, deliveries: deliveries.lost };
}
