import type { Logger } from "@newsdesk/config";
import {
  closeConnection,
  createQueues,
  createWorkerConnection,
  DEFAULT_PREFIX,
  type JobWorker,
  type KeptJobScheduler,
  keepJobScheduler,
  QUEUE,
  reconcileIngestJob,
  startJobWorker,
} from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import { inProcessCpuWork } from "../cpu/cpu-work.js";
import { createCpuPool } from "../cpu/create-cpu-pool.js";
import { classifyHandler } from "../jobs/classify.js";
import { ingestHandler } from "../jobs/ingest.js";
import { reconcileIngestHandler } from "../jobs/reconcile-ingest.js";
import { createArticleLabeller } from "../pipeline/article-labeller.js";
import type { ClassifyFn, ParseFn } from "../pipeline/pipeline-types.js";

export interface IngestionWorkerOptions {
  redisUrl: string;
  prefix?: string | undefined;
  store: Store;
  /**
   * Parse and classify on this thread with these functions (tests, a classifier of one's own).
   * Without both, they run in worker threads (`createCpuPool`), which a busy machine needs: a
   * long parse on this thread keeps BullMQ from renewing the job's lock.
   */
  parse?: ParseFn | undefined;
  classify?: ClassifyFn | undefined;
  /** Worker threads of the pool (default 1). */
  cpuThreads?: number | undefined;
  log: Logger;
  ingestConcurrency?: number | undefined;
  classifyConcurrency?: number | undefined;
  /** Job lock; a crashed worker's jobs go back to the queue within twice this. */
  lockDurationMs?: number | undefined;
  /** How many times a job may lose its worker before it fails (BullMQ's default: 1). */
  maxStalledCount?: number | undefined;
  /** Tests: reconcile every this many ms instead of every minute. */
  reconcileEveryMs?: number | undefined;
}

export interface IngestionWorker {
  ingest: JobWorker;
  classify: JobWorker;
  /** Resolves when both workers are connected and taking jobs. */
  waitUntilReady(): Promise<void>;
  /** Lets active jobs finish, then closes the workers and their connections (not the store). */
  close(): Promise<void>;
}

/**
 * The ingest and classify workers of one process. Nothing starts at import time: this factory
 * connects, and `close()` undoes it.
 */
export function createIngestionWorker(options: IngestionWorkerOptions): IngestionWorker {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const producer = createWorkerConnection(
    options.redisUrl,
    options.log,
    "newsdesk-worker-producer",
  );
  const queues = createQueues({ connection: producer, prefix });
  const cpu =
    options.parse && options.classify
      ? inProcessCpuWork(options.parse, options.classify)
      : createCpuPool({ threads: options.cpuThreads });
  const labeller = createArticleLabeller({ store: options.store, classify: cpu.classify });
  const common = {
    redisUrl: options.redisUrl,
    prefix,
    log: options.log,
    lockDurationMs: options.lockDurationMs,
    maxStalledCount: options.maxStalledCount,
  };
  const ingest = startJobWorker({
    ...common,
    queue: QUEUE.ingest,
    handlers: [
      ingestHandler({ store: options.store, classifyQueue: queues.classify, parse: cpu.parse }),
      reconcileIngestHandler({
        store: options.store,
        ingestQueue: queues.ingest,
        classifyQueue: queues.classify,
      }),
    ],
    connectionName: "newsdesk-worker-ingest",
    concurrency: options.ingestConcurrency ?? 1,
  });
  const classify = startJobWorker({
    ...common,
    queue: QUEUE.classify,
    handlers: [classifyHandler({ labeller, store: options.store })],
    connectionName: "newsdesk-worker-classify",
    concurrency: options.classifyConcurrency ?? 100,
  });

  let reconciler: KeptJobScheduler | undefined;

  return {
    ingest,
    classify,
    async waitUntilReady() {
      // Every worker process keeps the same scheduler: one reconcile job a minute in all.
      reconciler ??= await keepJobScheduler(queues.ingest, reconcileIngestJob, {
        everyMs: options.reconcileEveryMs,
        checkEveryMs: options.reconcileEveryMs,
        onError: (error) => options.log.warn({ err: error }, "reconcile scheduler not checked"),
      });
      await Promise.all([ingest.waitUntilReady(), classify.waitUntilReady()]);
    },
    async close() {
      reconciler?.stop();
      // Ingest first: it queues classify jobs. Worker.close() waits for the active jobs.
      await ingest.close();
      await classify.close();
      await labeller.drain();
      await cpu.close();
      await queues.close();
      await closeConnection(producer);
    },
  };
}
