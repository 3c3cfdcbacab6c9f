import {
  jobHandler,
  type ReconcileIngestDeps,
  reconcileIngest,
  reconcileIngestJob,
} from "@newsdesk/queue";

/** The `reconcile-ingest` job, made every minute by its job scheduler (`@newsdesk/queue`'s `reconcileIngest`). */
export function reconcileIngestHandler(deps: ReconcileIngestDeps) {
  return jobHandler({
    job: reconcileIngestJob,
    async run(_data, { log }) {
      const result = await reconcileIngest(deps);
      if (result.dumpsLost + result.articlesLost > 0) {
        log.warn(result, "queued again the work Redis had lost");
      }
      return result;
    },
  });
}
