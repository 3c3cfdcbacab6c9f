import { Job, type QueueEvents, UnrecoverableError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closeConnection, createProducerConnection, createWorkerConnection } from "./connection.js";
import { defaultJobOptions, deliverJobOptions } from "./defaults.js";
import { type ClassifyPayload, classifyJob, deliverJob, QUEUE } from "./jobs.js";
import {
  createQueueEvents,
  createQueues,
  enqueueClassify,
  enqueueDeliveries,
  enqueueIngest,
  jobCounts,
  type Queues,
} from "./queues.js";
import {
  deleteKeys,
  startTestRedis,
  type TestRedis,
  testLog,
  uniquePrefix,
} from "./test-support/index.js";

describe("queues against a real Redis", () => {
  let redis: TestRedis;
  let producer: Redis;
  let admin: Redis;
  let prefix: string;
  let queues: Queues;
  const closing: { close(): Promise<unknown> }[] = [];

  beforeAll(async () => {
    redis = await startTestRedis();
    admin = createWorkerConnection(redis.url, testLog, "newsdesk-test-admin");
  });
  afterAll(async () => {
    await admin?.quit();
    await redis?.stop();
  });
  beforeEach(() => {
    prefix = uniquePrefix();
    producer = createProducerConnection(redis.url, testLog);
    queues = createQueues({ connection: producer, prefix });
  });
  afterEach(async () => {
    for (const item of closing.splice(0).reverse()) await item.close();
    await queues.close();
    await closeConnection(producer);
    await deleteKeys(admin, prefix);
  });

  function events(name: "ingest" | "classify"): QueueEvents {
    const queueEvents = createQueueEvents(name, {
      connection: createWorkerConnection(redis.url, testLog),
      prefix,
    });
    closing.push({
      close: async () => {
        await queueEvents.close();
        queueEvents.disconnect();
      },
    });
    return queueEvents;
  }

  it("puts every key under the hash-tagged prefix", async () => {
    await enqueueIngest(queues.ingest, 1);
    const keys = await admin.keys(`*${prefix.slice(1, -1)}*`);
    const ours = keys.filter((key) => key.startsWith(prefix));
    expect(ours.length).toBeGreaterThan(0);
    expect(prefix).toMatch(/^\{.+\}$/);
  });

  it("deduplicates jobs by deterministic id", async () => {
    await enqueueIngest(queues.ingest, 7);
    await enqueueIngest(queues.ingest, 7);
    await enqueueClassify(queues.classify, [1, 2, 3]);
    await enqueueClassify(queues.classify, [2, 3, 4]);
    expect((await jobCounts(queues.ingest)).waiting).toBe(1);
    expect((await jobCounts(queues.classify)).waiting).toBe(4);
    const job = await Job.fromId(queues.classify, classifyJob.id({ articleId: 4 }));
    expect(job?.data).toEqual({ articleId: 4 });
    expect(job?.opts.attempts).toBe(defaultJobOptions.attempts);
    // A reclassification run gets ids of its own.
    await enqueueClassify(queues.classify, [1], { run: "r1" });
    expect((await jobCounts(queues.classify)).waiting).toBe(5);
  });

  it("queues deliver jobs in bulk, once per delivery, with the deliver retry policy", async () => {
    const ids = Array.from({ length: 2_500 }, (_, i) => i + 1);
    expect(await enqueueDeliveries(queues.deliver, ids)).toBe(2_500);
    await enqueueDeliveries(queues.deliver, ids.slice(0, 10), { backoffDelayMs: 5 });
    expect((await jobCounts(queues.deliver)).waiting).toBe(2_500);
    const job = await Job.fromId(queues.deliver, deliverJob.id({ deliveryId: 1 }));
    expect(job?.data).toEqual({ deliveryId: 1 });
    expect(job?.opts.attempts).toBe(deliverJobOptions.attempts);
    expect(job?.opts.backoff).toEqual(deliverJobOptions.backoff);
    expect(deliverJob.payload.safeParse({ deliveryId: 1, email: "a@b.org" }).success).toBe(false);
  });

  it("rejects a payload that does not match its schema before it reaches Redis", async () => {
    await expect(enqueueIngest(queues.ingest, -1)).rejects.toThrow();
    expect(classifyJob.payload.safeParse({ articleId: 1, text: "article body" }).success).toBe(
      false,
    );
  });

  it("runs jobs through a worker, removes completed ones and keeps unrecoverable failures", async () => {
    const queueEvents = events("classify");
    await queueEvents.waitUntilReady();
    const worker = new Worker<ClassifyPayload>(
      QUEUE.classify,
      async (job) => {
        if (job.data.articleId === 13) throw new UnrecoverableError("bad article");
        return job.data.articleId * 2;
      },
      { connection: createWorkerConnection(redis.url, testLog), prefix },
    );
    closing.push(worker);
    worker.on("error", (error) => {
      throw error;
    });
    await enqueueClassify(queues.classify, [12, 13]);
    const good = await Job.fromId<ClassifyPayload>(
      queues.classify,
      classifyJob.id({ articleId: 12 }),
    );
    const bad = await Job.fromId<ClassifyPayload>(
      queues.classify,
      classifyJob.id({ articleId: 13 }),
    );
    expect(await good?.waitUntilFinished(queueEvents, 10_000)).toBe(24);
    await expect(bad?.waitUntilFinished(queueEvents, 10_000)).rejects.toThrow("bad article");
    const counts = await jobCounts(queues.classify);
    expect(counts).toMatchObject({ completed: 0, failed: 1, waiting: 0 });
    const failed = await Job.fromId(queues.classify, classifyJob.id({ articleId: 13 }));
    expect(failed?.attemptsMade).toBe(1);
  });
});
