import type { Logger } from "@newsdesk/config";
import {
  closeConnection,
  createQueues,
  createWorkerConnection,
  DEFAULT_PREFIX,
  type JobWorker,
  QUEUE,
  startJobWorker,
} from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import { classifyHandler } from "../jobs/classify.js";
import { ingestHandler } from "../jobs/ingest.js";
import { createArticleLabeller } from "../pipeline/article-labeller.js";
import type { ClassifyFn, ParseFn } from "../pipeline/pipeline-types.js";

export interface IngestionWorkerOptions {
  redisUrl: string;
  prefix?: string | undefined;
  store: Store;
  parse: ParseFn;
  classify: ClassifyFn;
  log: Logger;
  ingestConcurrency?: number | undefined;
  classifyConcurrency?: number | undefined;
  /** Job lock; a crashed worker's jobs go back to the queue within twice this. */
  lockDurationMs?: number | undefined;
  /** How many times a job may lose its worker before it fails (BullMQ's default: 1). */
  maxStalledCount?: number | undefined;
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
  const producer = createWorkerConnection(options.redisUrl, "newsdesk-worker-producer");
  const queues = createQueues({ connection: producer, prefix });
  const labeller = createArticleLabeller({ store: options.store, classify: options.classify });
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
      ingestHandler({ store: options.store, classifyQueue: queues.classify, parse: options.parse }),
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

  return {
    ingest,
    classify,
    async waitUntilReady() {
      await Promise.all([ingest.waitUntilReady(), classify.waitUntilReady()]);
    },
    async close() {
      // Ingest first: it queues classify jobs. Worker.close() waits for the active jobs.
      await ingest.close();
      await classify.close();
      await labeller.drain();
      await queues.close();
      await closeConnection(producer);
    },
  };
}
