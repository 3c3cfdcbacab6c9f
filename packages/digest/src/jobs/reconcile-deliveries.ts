import {
  jobHandler,
  type ReconcileDeliveriesDeps,
  reconcileDeliveries,
  reconcileDeliveriesJob,
} from "@newsdesk/queue";

/** The `reconcile-deliveries` job, made every minute by its job scheduler (`@newsdesk/queue`'s `reconcileDeliveries`). */
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
