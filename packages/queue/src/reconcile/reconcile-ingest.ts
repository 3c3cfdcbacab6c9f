import type { Queue } from "bullmq";
import { type ClassifyPayload, classifyJob, type IngestPayload, ingestJob } from "../jobs.js";
import { enqueueClassify, enqueueIngest, missingJobIds } from "../queues.js";
import { stillHeld } from "./still-held.js";

/** What the database holds as ingest work (structurally `@newsdesk/store`'s `Store`). */
export interface IngestWorkStore {
  /** Dumps left `queued` or `parsing`. */
  unfinishedDumpIds(): Promise<number[]>;
  /** Articles still to classify, ids after `afterId` ascending. */
  unclassifiedArticleIdsAfter(afterId: number, limit: number): Promise<number[]>;
}

export interface ReconcileIngestDeps {
  store: IngestWorkStore;
  ingestQueue: Queue<IngestPayload>;
  classifyQueue: Queue<ClassifyPayload>;
  /** False: only count the lost jobs (`newsdesk status`, `/healthz`). */
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
  const missingDumps = (await missingJobIds(deps.ingestQueue, [...byJobId.keys()])).flatMap(
    (jobId) => byJobId.get(jobId) ?? [],
  );
  const lostDumps = await stillHeld(missingDumps, () => deps.store.unfinishedDumpIds());
  const requeue = deps.requeue ?? true;
  for (const dumpId of requeue ? lostDumps : []) await enqueueIngest(deps.ingestQueue, dumpId);

  let articlesHeld = 0;
  let articlesLost = 0;
  let afterId = 0;
  for (;;) {
    const pageStart = afterId;
    const ids = await deps.store.unclassifiedArticleIdsAfter(pageStart, PAGE);
    if (ids.length === 0) break;
    articlesHeld += ids.length;
    afterId = ids[ids.length - 1] ?? afterId;
    const byId = new Map(ids.map((articleId) => [classifyJob.id({ articleId }), articleId]));
    const missing = (await missingJobIds(deps.classifyQueue, [...byId.keys()])).flatMap(
      (jobId) => byId.get(jobId) ?? [],
    );
    // Fewer articles are unclassified now than at the first read: the same page holds them all.
    const lost = await stillHeld(missing, () =>
      deps.store.unclassifiedArticleIdsAfter(pageStart, PAGE),
    );
    articlesLost += lost.length;
    if (requeue) await enqueueClassify(deps.classifyQueue, lost);
  }
  return {
    dumpsHeld: dumpIds.length,
    articlesHeld,
    dumpsLost: lostDumps.length,
    articlesLost,
  };
}
