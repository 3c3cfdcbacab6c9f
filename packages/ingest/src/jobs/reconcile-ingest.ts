import {
  type ClassifyPayload,
  classifyJob,
  enqueueClassify,
  enqueueIngest,
  type IngestPayload,
  ingestJob,
  jobHandler,
  missingJobIds,
  reconcileIngestJob,
} from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import type { Queue } from "bullmq";

export interface ReconcileIngestDeps {
  store: Pick<Store, "unfinishedDumpIds" | "unclassifiedArticleIdsAfter">;
  ingestQueue: Queue<IngestPayload>;
  classifyQueue: Queue<ClassifyPayload>;
  /** False: only count the lost jobs (`newsdesk status`). */
  requeue?: boolean | undefined;
}

export interface ReconcileIngestResult {
  /** Dumps and articles the database holds as work to do. */
  dumpsHeld: number;
  articlesHeld: number;
  /** Of those, the ones whose jobs Redis had lost (queued again unless `requeue` is false). */
  dumpsLost: number;
  articlesLost: number;
}

/** Articles read per page: the ids of a large backlog never sit in memory at once. */
const PAGE = 5_000;

/**
 * Queues again, by their deterministic ids, the ingest and classify jobs that Redis lost of
 * the work the database holds: dumps left `queued` or `parsing`, articles left unclassified.
 * A job that still exists (waiting, active, delayed, failed for good) is left alone.
 */
export async function reconcileIngest(deps: ReconcileIngestDeps): Promise<ReconcileIngestResult> {
  const dumpIds = await deps.store.unfinishedDumpIds();
  const byJobId = new Map(dumpIds.map((dumpId) => [ingestJob.id({ dumpId }), dumpId]));
  const lostDumps = await missingJobIds(deps.ingestQueue, [...byJobId.keys()]);
  const requeue = deps.requeue ?? true;
  for (const jobId of requeue ? lostDumps : []) {
    const dumpId = byJobId.get(jobId);
    if (dumpId !== undefined) await enqueueIngest(deps.ingestQueue, dumpId);
  }

  let articlesHeld = 0;
  let articlesLost = 0;
  let afterId = 0;
  for (;;) {
    const ids = await deps.store.unclassifiedArticleIdsAfter(afterId, PAGE);
    if (ids.length === 0) break;
    articlesHeld += ids.length;
    afterId = ids[ids.length - 1] ?? afterId;
    const byId = new Map(ids.map((articleId) => [classifyJob.id({ articleId }), articleId]));
    const lost = await missingJobIds(deps.classifyQueue, [...byId.keys()]);
    articlesLost += lost.length;
    if (requeue) {
      await enqueueClassify(
        deps.classifyQueue,
        lost.flatMap((jobId) => byId.get(jobId) ?? []),
      );
    }
  }
  return {
    dumpsHeld: dumpIds.length,
    articlesHeld,
    dumpsLost: lostDumps.length,
    articlesLost,
  };
}

/** The `reconcile-ingest` job, made every minute by its job scheduler. */
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
