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
  jobCounts,
  type Queues,
} from "@newsdesk/queue";
import {
  deleteKeys,
  startTestRedis,
  type TestRedis,
  testLog,
  uniquePrefix,
} from "@newsdesk/queue/test-support";
import type { Store } from "@newsdesk/store";
import { createProcessStore, type ProcessStore } from "@newsdesk/store/test-support";
import type { QueueEvents } from "bullmq";
import type { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { syntheticDump } from "../bench/synthetic-dump.js";
import { waitUntilIdle } from "../bench/wait-until-idle.js";
import { expectArticlesOnce } from "../test-support/expect-articles-once.js";

// The built worker process (the package's test script builds it first).
const MAIN = fileURLToPath(new URL("../../dist/test-support/worker-process.js", import.meta.url));
const ARTICLES = 2_000;

/**
 * A worker process killed with SIGKILL in the middle of a dump, then restarted, ends with every
 * article stored and classified exactly once. Runs on PostgreSQL (its own schema) when
 * DATABASE_URL is set, else on PGlite in a data folder the worker processes own in turn.
 */
describe(`a worker killed mid-dump (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  let redis: TestRedis;
  let admin: Redis;
  let prefix: string;
  let target: ProcessStore;
  let producer: Redis | undefined;
  let queues: Queues | undefined;
  const children: ChildProcess[] = [];
  const events: { close(): Promise<unknown> }[] = [];

  beforeAll(async () => {
    redis = await startTestRedis();
    admin = createWorkerConnection(redis.url, testLog, "newsdesk-test-admin");
  });
  afterAll(async () => {
    await closeConnection(admin);
    await redis?.stop();
  });
  afterEach(async () => {
    for (const child of children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await once(child, "exit");
      }
    }
    for (const item of events.splice(0)) await item.close();
    await queues?.close();
    if (producer) await closeConnection(producer);
    await deleteKeys(admin, prefix);
    await target?.remove();
  });

  /** Opens the store the worker processes use (PGlite: only while none of them runs). */
  function openStore(): Promise<Store> {
    return target.open();
  }

  function startWorker(): ChildProcess {
    const child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        REDIS_URL: redis.url,
        ...target.env,
        INBOX_DIR: join(target.dir, "inbox"),
        QUEUE_PREFIX: prefix,
        JOB_LOCK_MS: "3000",
        CLASSIFY_CONCURRENCY: "50",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    children.push(child);
    return child;
  }

  async function track(name: "ingest" | "classify"): Promise<QueueEvents> {
    const connection = createWorkerConnection(redis.url, testLog, "newsdesk-test-events");
    const queueEvents = createQueueEvents(name, { connection, prefix });
    events.push({
      close: async () => {
        await queueEvents.close();
        await closeConnection(connection);
      },
    });
    await queueEvents.waitUntilReady();
    return queueEvents;
  }

  async function prepare(): Promise<number> {
    target = await createProcessStore("crash");
    prefix = uniquePrefix();
    producer = createProducerConnection(redis.url, testLog);
    queues = createQueues({ connection: producer, prefix });
    const store = await openStore();
    try {
      const { dump } = await store.registerDump({
        name: "synthetic.ndjson",
        content: syntheticDump(ARTICLES),
      });
      return dump.id;
    } finally {
      await store.close();
    }
  }

  async function expectExactlyAllArticles(dumpId: number) {
    const store = await openStore();
    try {
      await expectArticlesOnce(store, dumpId, ARTICLES);
    } finally {
      await store.close();
    }
  }

  // Two worker processes start one after the other, each loading PGlite and the classifier:
  // about a minute at load 10, several beside a busy-loop process on each core.
  const timeout = 600_000;

  it("during classification: restarted, it ends with exactly 2,000 classified articles", {
    timeout,
  }, async () => {
    const dumpId = await prepare();
    const classifyEvents = await track("classify");
    const ingestEvents = await track("ingest");
    await enqueueIngest((queues as Queues).ingest, dumpId);

    const first = startWorker();
    // Kill once a few hundred articles are classified and many more are in flight.
    await new Promise<void>((resolve) => {
      let completed = 0;
      const onCompleted = () => {
        if (++completed === 300) {
          classifyEvents.off("completed", onCompleted);
          resolve();
        }
      };
      classifyEvents.on("completed", onCompleted);
    });
    first.kill("SIGKILL");
    await once(first, "exit");
    const before = await jobCounts((queues as Queues).classify);
    expect(before.waiting + before.active).toBeGreaterThan(0);

    const second = startWorker();
    await waitUntilIdle(
      queues as Queues,
      { ingest: ingestEvents, classify: classifyEvents },
      dumpId,
      timeout,
    );
    second.kill("SIGTERM");
    const [code] = await once(second, "exit");
    expect(code).toBe(0);
    await expectExactlyAllArticles(dumpId);
  });

  it("during the ingest job itself: restarted, it ends with exactly 2,000 classified articles", {
    timeout,
  }, async () => {
    const dumpId = await prepare();
    const classifyEvents = await track("classify");
    const ingestEvents = await track("ingest");
    await enqueueIngest((queues as Queues).ingest, dumpId);

    const first = startWorker();
    await once(ingestEvents, "active");
    first.kill("SIGKILL");
    await once(first, "exit");

    const second = startWorker();
    await waitUntilIdle(
      queues as Queues,
      { ingest: ingestEvents, classify: classifyEvents },
      dumpId,
      timeout,
    );
    second.kill("SIGTERM");
    await once(second, "exit");
    await expectExactlyAllArticles(dumpId);
  });
});
