import type { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  closeConnection,
  createProducerConnection,
  createWorkerConnection,
} from "../connection.js";
import { createQueues, enqueueClassify, enqueueDeliveries, enqueueIngest } from "../queues.js";
import {
  deleteKeys,
  startTestRedis,
  type TestRedis,
  testLog,
  uniquePrefix,
} from "../test-support/index.js";
import { countLostWork } from "./count-lost-work.js";

/** The database's side, as the store would answer: work it holds, by id. */
function heldWork(dumps: number[], articles: number[], deliveries: number[]) {
  return {
    unfinishedDumpIds: async () => dumps,
    unclassifiedArticleIdsAfter: async (afterId: number, limit: number) =>
      articles.filter((id) => id > afterId).slice(0, limit),
    unsentDeliveryIds: async () => deliveries,
  };
}

describe("countLostWork against a real Redis", () => {
  let redis: TestRedis;
  let admin: Redis;
  const prefix = uniquePrefix();

  beforeAll(async () => {
    redis = await startTestRedis();
    admin = createWorkerConnection(redis.url, testLog, "newsdesk-test-admin");
  });
  afterEach(async () => {
    await deleteKeys(admin, prefix);
  });
  afterAll(async () => {
    await closeConnection(admin);
    await redis?.stop();
  });

  it("counts the held work with no job, and queues nothing", async () => {
    const producer = createProducerConnection(redis.url, testLog);
    const queues = createQueues({ connection: producer, prefix });
    try {
      await enqueueIngest(queues.ingest, 1);
      await enqueueClassify(queues.classify, [10, 11]);
      await enqueueDeliveries(queues.deliver, [100]);
      const store = heldWork([1, 2], [10, 11, 12, 13], [100, 101, 102]);

      expect(await countLostWork(store, queues)).toEqual({ dumps: 1, articles: 2, deliveries: 2 });
      // Counting only: asked again, the same work is still missing.
      expect(await countLostWork(store, queues)).toEqual({ dumps: 1, articles: 2, deliveries: 2 });
      expect(await queues.classify.count()).toBe(2);
    } finally {
      await queues.close();
      await closeConnection(producer);
    }
  });

  it("does not count work finished while Redis was asked (its job done and removed)", async () => {
    const producer = createProducerConnection(redis.url, testLog);
    const queues = createQueues({ connection: producer, prefix });
    try {
      // Each list is read twice: dump 2 and article 12 are done by the second read.
      const reads = { dumps: 0, articles: 0 };
      const store = {
        ...heldWork([], [], []),
        unfinishedDumpIds: async () => (reads.dumps++ === 0 ? [1, 2] : [1]),
        unclassifiedArticleIdsAfter: async (afterId: number) => {
          if (afterId > 0) return [];
          return reads.articles++ === 0 ? [11, 12] : [11];
        },
      };
      expect(await countLostWork(store, queues)).toEqual({ dumps: 1, articles: 1, deliveries: 0 });
    } finally {
      await queues.close();
      await closeConnection(producer);
    }
  });
});
