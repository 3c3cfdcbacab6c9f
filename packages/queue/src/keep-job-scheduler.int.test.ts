import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeConnection, createProducerConnection, createWorkerConnection } from "./connection.js";
import { reconcileIngestJob } from "./jobs.js";
import { keepJobScheduler } from "./keep-job-scheduler.js";
import { createQueues, enqueueIngest, missingJobIds } from "./queues.js";
import {
  deleteKeys,
  startTestRedis,
  type TestRedis,
  testLog,
  uniquePrefix,
} from "./test-support/index.js";

describe("the reconcile jobs' Redis side", () => {
  let redis: TestRedis;

  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it("keeps a job scheduler that Redis lost, and finds the job ids Redis does not have", async () => {
    const prefix = uniquePrefix();
    const admin = createWorkerConnection(redis.url, testLog, "newsdesk-test-admin");
    const producer = createProducerConnection(redis.url, testLog);
    const queues = createQueues({ connection: producer, prefix });
    const errors: unknown[] = [];
    const kept = await keepJobScheduler(queues.ingest, reconcileIngestJob, {
      checkEveryMs: 50,
      onError: (error) => errors.push(error),
    });
    try {
      expect(await queues.ingest.getJobScheduler(reconcileIngestJob.schedule.id)).toBeDefined();
      await enqueueIngest(queues.ingest, 7);
      expect(await missingJobIds(queues.ingest, ["dump-7", "dump-8"])).toEqual(["dump-8"]);

      await deleteKeys(admin, prefix);
      expect(await missingJobIds(queues.ingest, ["dump-7", "dump-8"])).toEqual([
        "dump-7",
        "dump-8",
      ]);
      // Polls for the check to put the scheduler back (no wall-time assertion).
      while (!(await queues.ingest.getJobScheduler(reconcileIngestJob.schedule.id))) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(errors).toEqual([]);
    } finally {
      kept.stop();
      await queues.close();
      await deleteKeys(admin, prefix);
      await closeConnection(producer);
      await closeConnection(admin);
    }
  });
});
