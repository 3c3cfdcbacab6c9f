import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  closeConnection,
  createProducerConnection,
  createQueueEvents,
  createQueues,
  createWorkerConnection,
  enqueueIngest,
} from "@newsdesk/queue";
import { deleteKeys, startTestRedis, testLog, uniquePrefix } from "@newsdesk/queue/test-support";
import { createStore, type Store } from "@newsdesk/store";
import {
  createProcessStore,
  type ProcessStore,
  terminateOtherConnections,
} from "@newsdesk/store/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticDump } from "../bench/synthetic-dump.js";
import { waitUntilIdle } from "../bench/wait-until-idle.js";
import { expectArticlesOnce } from "../test-support/expect-articles-once.js";

const MAIN = fileURLToPath(new URL("../../dist/test-support/worker-process.js", import.meta.url));
const ARTICLES = 1_500;
const databaseUrl = process.env.DATABASE_URL;

/**
 * Every PostgreSQL connection of the worker's database terminated (`pg_terminate_backend`)
 * while it ingests and while it classifies: the worker process lives on, the jobs that lost
 * their connection are retried, and the dump ends with each article stored and classified once.
 * Needs a PostgreSQL of one's own (DATABASE_URL, a database the test may disconnect).
 */
describe.skipIf(!databaseUrl)("a worker whose PostgreSQL connections are all dropped", () => {
  // One connection of the test's own, which it never drops.
  let admin: Store;
  let target: ProcessStore;

  beforeAll(async () => {
    admin = await createStore({ databaseUrl, maxConnections: 1 });
    target = await createProcessStore("dropped", databaseUrl);
  });
  afterAll(async () => {
    await admin?.close();
    await target?.remove();
  });

  /** Terminates every other backend of the database, every 200 ms for `ms`; returns how many. */
  async function dropConnections(ms: number): Promise<number> {
    let dropped = 0;
    const until = performance.now() + ms;
    do {
      dropped += await terminateOtherConnections(admin);
      await new Promise((resolve) => setTimeout(resolve, 200));
    } while (performance.now() < until);
    return dropped;
  }

  it("stays alive and ends with every article once", { timeout: 600_000 }, async () => {
    const redis = await startTestRedis();
    const prefix = uniquePrefix();
    const producer = createProducerConnection(redis.url, testLog);
    const queues = createQueues({ connection: producer, prefix });
    const connections = [
      createWorkerConnection(redis.url, testLog, "newsdesk-test"),
      createWorkerConnection(redis.url, testLog, "newsdesk-test"),
    ] as const;
    const events = {
      ingest: createQueueEvents("ingest", { connection: connections[0], prefix }),
      classify: createQueueEvents("classify", { connection: connections[1], prefix }),
    };
    let child: ChildProcess | undefined;
    try {
      const store = await target.open();
      const { dump } = await store.registerDump({
        name: "synthetic.ndjson",
        content: syntheticDump(ARTICLES),
      });
      await Promise.all([events.ingest.waitUntilReady(), events.classify.waitUntilReady()]);
      child = spawn(process.execPath, [MAIN], {
        env: {
          PATH: process.env.PATH,
          REDIS_URL: redis.url,
          ...target.env,
          INBOX_DIR: join(target.dir, "inbox"),
          QUEUE_PREFIX: prefix,
          LOG_LEVEL: "error",
        },
        stdio: ["ignore", "ignore", "inherit"],
      });
      const midIngest = once(events.ingest, "active");
      const midClassify = new Promise<void>((resolve) => {
        let completed = 0;
        const onCompleted = () => {
          if (++completed !== 200) return;
          events.classify.off("completed", onCompleted);
          resolve();
        };
        events.classify.on("completed", onCompleted);
      });
      await enqueueIngest(queues.ingest, dump.id);
      await midIngest;
      const duringIngest = await dropConnections(3_000);
      await midClassify;
      const duringClassify = await dropConnections(2_000);
      console.info(
        `connections dropped: ${duringIngest} mid-ingest, ${duringClassify} mid-classify`,
      );
      expect(duringIngest + duringClassify).toBeGreaterThan(0);

      await waitUntilIdle(queues, events, dump.id, 540_000);
      expect(child.exitCode).toBe(null);
      expect(child.signalCode).toBe(null);
      await expectArticlesOnce(store, dump.id, ARTICLES);
      await store.close();
    } finally {
      if (child && child.exitCode === null) {
        child.kill("SIGTERM");
        await once(child, "exit");
      }
      await events.ingest.close();
      await events.classify.close();
      for (const connection of connections) await closeConnection(connection);
      await queues.close();
      await deleteKeys(producer, prefix);
      await closeConnection(producer);
      await redis.stop();
    }
  });
});
