import { createLogger } from "@newsdesk/config";
import {
  closeConnection,
  connectProducer,
  createQueues,
  createWorkerConnection,
  type Queues,
} from "@newsdesk/queue";
import {
  startTestRedis,
  type TestRedis,
  testLog,
  uniquePrefix,
} from "@newsdesk/queue/test-support";
import { UnrecoverableError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { queueList } from "../web-queues.js";
import { createWebMetrics, type WebMetrics } from "./create-web-metrics.js";

describe("web metrics on real Redis", () => {
  let redis: TestRedis;
  let producer: Redis;
  let queues: Queues;
  let metrics: WebMetrics | undefined;
  let worker: Worker | undefined;
  const prefix = uniquePrefix();
  beforeEach(async () => {
    redis = await startTestRedis();
    producer = await connectProducer(redis.url, testLog);
    queues = createQueues({ connection: producer, prefix });
  });
  afterEach(async () => {
    await worker?.close();
    await metrics?.close();
    await queues.close();
    await closeConnection(producer);
    await redis.stop();
  });

  it("times jobs from the event stream and counts them by outcome", async () => {
    const finished: string[] = [];
    let allFinished: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      allFinished = resolve;
    });
    metrics = createWebMetrics({
      queues: queueList(queues),
      store: { deliveryStateTotals: async () => ({ sent: 3, bounced: 1 }) },
      redisUrl: redis.url,
      queuePrefix: prefix,
      log: createLogger("silent"),
      onJobFinished: (queue, outcome) => {
        finished.push(`${queue}:${outcome}`);
        if (finished.length === 2) allFinished();
      },
    });
    await metrics.ready();
    worker = new Worker(
      queues.classify.name,
      async (job) => {
        if (job.data.articleId === 2) throw new UnrecoverableError("bad article");
      },
      { connection: createWorkerConnection(redis.url, testLog), prefix },
    );
    await queues.classify.add("classify", { articleId: 1 });
    await queues.classify.add("classify", { articleId: 2 });
    await done;
    const text = await metrics.registry.metrics();
    expect(text).toContain('newsdesk_jobs_finished_total{queue="classify",outcome="completed"} 1');
    expect(text).toContain('newsdesk_jobs_finished_total{queue="classify",outcome="failed"} 1');
    expect(text).toContain(
      'newsdesk_job_duration_seconds_count{queue="classify",outcome="completed"} 1',
    );
    expect(text).toContain('newsdesk_queue_jobs{queue="classify",state="failed"} 1');
    expect(text).toContain('newsdesk_emails{state="sent"} 3');
    expect(text).toContain('newsdesk_emails{state="bounced"} 1');
    expect(text).toContain('newsdesk_emails{state="failed"} 0');
  });
});
