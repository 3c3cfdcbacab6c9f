import { createLogger } from "@newsdesk/config";
import { Job } from "bullmq";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeConnection, createProducerConnection, createWorkerConnection } from "./connection.js";
import { classifyJob, QUEUE } from "./jobs.js";
import { createQueues, enqueueClassify, type Queues } from "./queues.js";
import { jobHandler, startJobWorker } from "./start-job-worker.js";
import {
  deleteKeys,
  startTestRedis,
  type TestRedis,
  testLog,
  uniquePrefix,
} from "./test-support/index.js";

describe("startJobWorker against a real Redis", () => {
  let redis: TestRedis;
  let producer: Redis;
  const prefix = uniquePrefix();
  let queues: Queues;

  beforeAll(async () => {
    redis = await startTestRedis();
    producer = createProducerConnection(redis.url, testLog);
    queues = createQueues({ connection: producer, prefix });
  });
  afterAll(async () => {
    await queues?.close();
    const admin = createWorkerConnection(redis.url, testLog, "newsdesk-test-admin");
    await deleteKeys(admin, prefix);
    await admin.quit();
    await closeConnection(producer);
    await redis?.stop();
  });

  it("runs valid payloads, fails bad ones for good, and records a job's last failure once", async () => {
    const failures: { articleId: number; reason: string }[] = [];
    const tries = new Map<number, number>();
    const worker = startJobWorker({
      queue: QUEUE.classify,
      handlers: [
        jobHandler({
          job: classifyJob,
          async run(data, { log }) {
            expect(log.bindings()).toMatchObject({ jobName: classifyJob.name });
            tries.set(data.articleId, (tries.get(data.articleId) ?? 0) + 1);
            if (data.articleId === 2) throw new Error("the classifier is down");
            return data.articleId * 10;
          },
          async failed(data, reason) {
            failures.push({ articleId: data.articleId, reason });
          },
        }),
      ],
      redisUrl: redis.url,
      prefix,
      log: createLogger("silent"),
      connectionName: "newsdesk-test-worker",
    });
    const finished = new Map<string, { result?: unknown; error?: string }>();
    worker.worker.on("completed", (job, result) => finished.set(String(job.id), { result }));
    worker.worker.on("failed", (job, error) => {
      if (job && !job.finishedOn) return;
      finished.set(String(job?.id), { error: error.message });
    });
    try {
      await worker.waitUntilReady();
      await enqueueClassify(queues.classify, [1]);
      await queues.classify.add(
        classifyJob.name,
        { articleId: 2 },
        {
          jobId: classifyJob.id({ articleId: 2 }),
          attempts: 2,
          backoff: { type: "fixed", delay: 1 },
        },
      );
      // Bypasses the producer's schema check, as an older producer might.
      await queues.classify.add(classifyJob.name, { articleId: "three" } as never, {
        jobId: "bad-payload",
      });
      await vi.waitFor(() => expect(finished.size).toBe(3), { timeout: 20_000, interval: 50 });
      expect(finished.get(classifyJob.id({ articleId: 1 }))).toEqual({ result: 10 });
      expect(finished.get(classifyJob.id({ articleId: 2 }))).toEqual({
        error: "the classifier is down",
      });
      expect(finished.get("bad-payload")?.error).toMatch(/invalid classify payload/);
      expect(tries.get(2)).toBe(2);
      expect(failures).toEqual([{ articleId: 2, reason: "the classifier is down" }]);
      expect((await Job.fromId(queues.classify, "bad-payload"))?.attemptsMade).toBe(1);
    } finally {
      await worker.close();
    }
  });
});
