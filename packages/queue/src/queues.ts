import { Queue, QueueEvents } from "bullmq";
import type { Redis } from "ioredis";
import { bullErrorListener } from "./connection.js";
import { DEFAULT_PREFIX } from "./defaults.js";
import {
  type ClassifyPayload,
  classifyJob,
  type DeliverPayload,
  type DigestPayload,
  deliverJob,
  type IngestPayload,
  ingestJob,
  QUEUE,
  scheduleTickJob,
} from "./jobs.js";

export interface QueueOptions {
  /**
   * A producer connection (see `createProducerConnection`), shared by the queues, whose logger
   * also takes the queues' errors.
   */
  connection: Redis;
  /** Key prefix; `{newsdesk}` by default. */
  prefix?: string | undefined;
}

export interface Queues {
  ingest: Queue<IngestPayload>;
  classify: Queue<ClassifyPayload>;
  deliver: Queue<DeliverPayload>;
  digest: Queue<DigestPayload>;
  close(): Promise<void>;
}

/** The ingestion queues and the digest's queues, with the project's job defaults. */
export function createQueues(options: QueueOptions): Queues {
  const common = { connection: options.connection, prefix: options.prefix ?? DEFAULT_PREFIX };
  const ingest = new Queue<IngestPayload>(QUEUE.ingest, {
    ...common,
    defaultJobOptions: ingestJob.options,
  });
  const classify = new Queue<ClassifyPayload>(QUEUE.classify, {
    ...common,
    defaultJobOptions: classifyJob.options,
  });
  const deliver = new Queue<DeliverPayload>(QUEUE.deliver, {
    ...common,
    defaultJobOptions: deliverJob.options,
  });
  const digest = new Queue<DigestPayload>(QUEUE.digest, {
    ...common,
    // Every job of the digest queue shares the schedule tick's options.
    defaultJobOptions: scheduleTickJob.options,
  });
  for (const queue of [ingest, classify, deliver, digest]) {
    queue.on("error", bullErrorListener(options.connection, `queue ${queue.name}`));
  }
  return {
    ingest,
    classify,
    deliver,
    digest,
    async close() {
      await Promise.all([ingest.close(), classify.close(), deliver.close(), digest.close()]);
    },
  };
}

/** Queue events for a queue (needs its own blocking connection: a worker connection). */
export function createQueueEvents(name: keyof typeof QUEUE, options: QueueOptions): QueueEvents {
  const events = new QueueEvents(QUEUE[name], {
    connection: options.connection,
    prefix: options.prefix ?? DEFAULT_PREFIX,
  });
  events.on("error", bullErrorListener(options.connection, `queue events ${QUEUE[name]}`));
  return events;
}

/** Queues a registered dump for ingestion; queuing it again while its job exists does nothing. */
export async function enqueueIngest(queue: Queue<IngestPayload>, dumpId: number) {
  const payload = ingestJob.payload.parse({ dumpId });
  return queue.add(ingestJob.name, payload, { jobId: ingestJob.id(payload) });
}

/** Largest addBulk call: bigger ones hold Redis for too long in one script. */
const BULK_CHUNK = 1_000;

/**
 * Queues articles for classification in bulk with deterministic ids (`run` names a
 * reclassification run, so finished ids don't swallow the new jobs). Returns how many were sent.
 */
export async function enqueueClassify(
  queue: Queue<ClassifyPayload>,
  articleIds: readonly number[],
  options: { run?: string | undefined } = {},
): Promise<number> {
  for (let start = 0; start < articleIds.length; start += BULK_CHUNK) {
    const chunk = articleIds.slice(start, start + BULK_CHUNK);
    await queue.addBulk(
      chunk.map((articleId) => {
        const data = classifyJob.payload.parse({ articleId });
        return { name: classifyJob.name, data, opts: { jobId: classifyJob.id(data, options.run) } };
      }),
    );
  }
  return articleIds.length;
}

/**
 * Queues one `deliver` job per delivery row, in bulk, with deterministic ids: queuing the same
 * rows again (a second `--send`, a restart) adds nothing while their jobs exist.
 * `backoffDelayMs` overrides the first retry's delay (tests). Returns how many were sent.
 */
export async function enqueueDeliveries(
  queue: Queue<DeliverPayload>,
  deliveryIds: readonly number[],
  options: { backoffDelayMs?: number | undefined } = {},
): Promise<number> {
  const backoff =
    options.backoffDelayMs === undefined
      ? {}
      : { backoff: { type: "exponential", delay: options.backoffDelayMs } };
  for (let start = 0; start < deliveryIds.length; start += BULK_CHUNK) {
    const chunk = deliveryIds.slice(start, start + BULK_CHUNK);
    await queue.addBulk(
      chunk.map((deliveryId) => {
        const data = deliverJob.payload.parse({ deliveryId });
        return { name: deliverJob.name, data, opts: { jobId: deliverJob.id(data), ...backoff } };
      }),
    );
  }
  return deliveryIds.length;
}

export type JobCounts = Record<"waiting" | "active" | "delayed" | "failed" | "completed", number>;

/** Job counts of a queue, for `newsdesk status`. */
export async function jobCounts(queue: Queue): Promise<JobCounts> {
  const counts = await queue.getJobCounts("waiting", "active", "delayed", "failed", "completed");
  return {
    waiting: counts.waiting ?? 0,
    active: counts.active ?? 0,
    delayed: counts.delayed ?? 0,
    failed: counts.failed ?? 0,
    completed: counts.completed ?? 0,
  };
}

/** Job states asked of Redis at once: each is a small script; a few hundred keep it responsive. */
const STATE_CHUNK = 500;

/**
 * The ids among `jobIds` that have no job in `queue` at all: not waiting, active, delayed,
 * completed nor failed. Only those may be added again; a job that exists, even failed for good,
 * is left alone.
 */
export async function missingJobIds(queue: Queue, jobIds: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (let start = 0; start < jobIds.length; start += STATE_CHUNK) {
    const chunk = jobIds.slice(start, start + STATE_CHUNK);
    const states = await Promise.all(chunk.map((id) => queue.getJobState(id)));
    chunk.forEach((id, index) => {
      if (states[index] === "unknown") missing.push(id);
    });
  }
  return missing;
}
