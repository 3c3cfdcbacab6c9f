import {
  type ClassifyPayload,
  closeConnection,
  createQueues,
  createWorkerConnection,
  DEFAULT_PREFIX,
  type IngestPayload,
  QUEUE,
} from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import { type Job, UnrecoverableError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { z } from "zod";
import * as classifyJob from "../jobs/classify.js";
import * as ingestJob from "../jobs/ingest.js";
import type { Logger } from "../logger.js";
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
  ingest: Worker<IngestPayload>;
  classify: Worker<ClassifyPayload>;
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
  const connections: Redis[] = [];
  const connect = (name: string) => {
    const connection = createWorkerConnection(options.redisUrl, name);
    connections.push(connection);
    return connection;
  };
  const producer = connect("newsdesk-worker-producer");
  const queues = createQueues({ connection: producer, prefix });
  const labeller = createArticleLabeller({ store: options.store, classify: options.classify });
  const lockDuration = options.lockDurationMs ?? 30_000;

  const ingest = new Worker<IngestPayload>(
    QUEUE.ingest,
    async (job) => {
      const log = options.log.child({ jobId: job.id, jobName: job.name });
      const data = validPayload(ingestJob.payload, job);
      try {
        const result = await ingestJob.handle(data, {
          store: options.store,
          classifyQueue: queues.classify,
          parse: options.parse,
          log,
        });
        log.info({ dumpId: data.dumpId, ...result }, "dump ingested");
        return result;
      } catch (error) {
        if (isLastTry(job, error)) {
          await options.store.failDump(data.dumpId, errorMessage(error));
          log.error({ dumpId: data.dumpId, err: error }, "dump failed");
        }
        throw error;
      }
    },
    {
      connection: connect("newsdesk-worker-ingest"),
      prefix,
      concurrency: options.ingestConcurrency ?? 1,
      lockDuration,
      stalledInterval: lockDuration,
      maxStalledCount: options.maxStalledCount ?? 1,
    },
  );

  const classify = new Worker<ClassifyPayload>(
    QUEUE.classify,
    async (job) => {
      const data = validPayload(classifyJob.payload, job);
      try {
        await classifyJob.handle(data, { labeller });
      } catch (error) {
        if (isLastTry(job, error)) {
          await options.store.markClassifyFailed(data.articleId, errorMessage(error));
          options.log.warn(
            { jobId: job.id, jobName: job.name, articleId: data.articleId, err: error },
            "article not classified",
          );
        }
        throw error;
      }
    },
    {
      connection: connect("newsdesk-worker-classify"),
      prefix,
      concurrency: options.classifyConcurrency ?? 100,
      lockDuration,
      stalledInterval: lockDuration,
      maxStalledCount: options.maxStalledCount ?? 1,
    },
  );

  for (const worker of [ingest, classify]) {
    worker.on("error", (error) =>
      options.log.error({ err: error, queue: worker.name }, "worker error"),
    );
  }
  // A job whose worker died more often than BullMQ allows (maxStalledCount) is not given to a
  // processor again: BullMQ moves it back with a deferred failure, and the next worker to take
  // it fails it at once. Record that failure, or `ingest --wait` would wait on.
  ingest.on("failed", (job) => {
    if (!job?.deferredFailure) return;
    const data = ingestJob.payload.safeParse(job.data);
    if (!data.success) return;
    options.store
      .failDump(data.data.dumpId, STALLED_TOO_OFTEN)
      .catch((error: unknown) =>
        options.log.error({ err: error, jobId: job.id }, "stalled job not recorded"),
      );
  });
  classify.on("failed", (job) => {
    if (!job?.deferredFailure) return;
    const data = classifyJob.payload.safeParse(job.data);
    if (!data.success) return;
    options.store
      .markClassifyFailed(data.data.articleId, STALLED_TOO_OFTEN)
      .catch((error: unknown) =>
        options.log.error({ err: error, jobId: job.id }, "stalled job not recorded"),
      );
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
      await Promise.all(connections.map(closeConnection));
    },
  };
}

function validPayload<T>(schema: z.ZodType<T>, job: Job): T {
  const parsed = schema.safeParse(job.data);
  // A malformed payload will be malformed on every try.
  if (!parsed.success)
    throw new UnrecoverableError(`invalid ${job.name} payload: ${parsed.error.message}`);
  return parsed.data;
}

const STALLED_TOO_OFTEN =
  "its worker process stopped in the middle (crashed or killed) more often than allowed; look for the cause in the worker's logs (out of memory?), then submit it again";

function isLastTry(job: Job, error: unknown): boolean {
  return error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
