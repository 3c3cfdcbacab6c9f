import {
  closeConnection,
  createProducerConnection,
  createQueueEvents,
  createQueues,
  createWorkerConnection,
  type Queues,
} from "@newsdesk/queue";
import {
  deleteKeys,
  startTestRedis,
  type TestRedis,
  testLog,
  uniquePrefix,
} from "@newsdesk/queue/test-support";
import { openTestStore, type TestStore } from "@newsdesk/store/test-support";
import type { QueueEvents } from "bullmq";
import type { Redis } from "ioredis";
import { pino } from "pino";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";

/** A silent logger for tests. */
export const quietLog = pino({ level: "silent" });

/** Services shared by one test file: a Redis and a store (PGlite's open is slow). */
export interface Services {
  redis: TestRedis;
  store: TestStore;
  admin: Redis;
  stop(): Promise<void>;
}

export async function startServices(): Promise<Services> {
  const [redis, store] = await Promise.all([startTestRedis(), openTestStore()]);
  const admin = createWorkerConnection(redis.url, testLog, "newsdesk-test-admin");
  return {
    redis,
    store,
    admin,
    async stop() {
      await closeConnection(admin);
      await store.close();
      await redis.stop();
    },
  };
}

/** Per test: a key prefix of its own, producer queues, and finished-job tracking by event. */
export interface TestQueues extends Queues {
  prefix: string;
  events: { ingest: JobTracker; classify: JobTracker };
  cleanup(): Promise<void>;
}

export async function openTestQueues(services: Services): Promise<TestQueues> {
  const prefix = uniquePrefix();
  const producer = createProducerConnection(services.redis.url, testLog);
  const queues = createQueues({ connection: producer, prefix });
  const track = (name: "ingest" | "classify") => {
    const connection = createWorkerConnection(services.redis.url, testLog, "newsdesk-test-events");
    return trackJobs(createQueueEvents(name, { connection, prefix }), connection);
  };
  const ingest = await track("ingest");
  const classify = await track("classify");
  return {
    ...queues,
    prefix,
    events: { ingest, classify },
    async cleanup() {
      await ingest.close();
      await classify.close();
      await queues.close();
      await closeConnection(producer);
      await deleteKeys(services.admin, prefix);
    },
  };
}

/**
 * One test file's services (started once: PGlite's open is slow) and each test's own queues,
 * like the store's `useTestStore`: `useIngestServices((s) => { services = s; }, (q) => {
 * queues = q; })`. What a test starts through `closeAfterTest` (a worker) is closed after it,
 * before its queues are.
 */
export function useIngestServices(
  opened: (services: Services) => void,
  eachTest: (queues: TestQueues) => void,
): { closeAfterTest<T extends { close(): Promise<unknown> }>(started: T): T } {
  let services: Services | undefined;
  let queues: TestQueues | undefined;
  const started: { close(): Promise<unknown> }[] = [];
  beforeAll(async () => {
    services = await startServices();
    opened(services);
  });
  afterAll(async () => {
    await services?.stop();
  });
  beforeEach(async () => {
    if (!services) throw new Error("the test services did not start: see the error above");
    await services.store.reset();
    queues = await openTestQueues(services);
    eachTest(queues);
  });
  afterEach(async () => {
    for (const each of started.splice(0).reverse()) await each.close();
    await queues?.cleanup();
  });
  return {
    closeAfterTest(each) {
      started.push(each);
      return each;
    },
  };
}

export type Finished =
  | { status: "completed"; value: unknown }
  | { status: "failed"; reason: string };

/**
 * Records every job that completes or fails (final failures only) from the moment it is
 * ready, so a test can wait for jobs that are removed as soon as they complete.
 */
export interface JobTracker {
  finished: Map<string, Finished>;
  /** Resolves when every id has finished; rejects after `timeoutMs`. */
  waitFor(ids: readonly string[], timeoutMs?: number): Promise<Map<string, Finished>>;
  close(): Promise<void>;
}

async function trackJobs(queueEvents: QueueEvents, connection: Redis): Promise<JobTracker> {
  const finished = new Map<string, Finished>();
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of waiters) waiter();
  };
  queueEvents.on("completed", ({ jobId, returnvalue }) => {
    // BullMQ 6 hands the return value over already parsed; older versions gave JSON text.
    const value = typeof returnvalue === "string" ? JSON.parse(returnvalue) : returnvalue;
    finished.set(jobId, { status: "completed", value });
    notify();
  });
  queueEvents.on("failed", ({ jobId, failedReason }) => {
    finished.set(jobId, { status: "failed", reason: failedReason });
    notify();
  });
  await queueEvents.waitUntilReady();
  return {
    finished,
    waitFor(ids, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (ids.every((id) => finished.has(id))) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(new Map(ids.map((id) => [id, finished.get(id) as Finished])));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          const missing = ids.filter((id) => !finished.has(id));
          reject(
            new Error(
              `jobs not finished after ${timeoutMs} ms: ${missing.slice(0, 5).join(", ")} (${missing.length} in all)`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      await queueEvents.close();
      await closeConnection(connection);
    },
  };
}
