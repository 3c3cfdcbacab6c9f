import { openTestStore, type TestStore } from "@newsdesk/store/test-support";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import {
  type DigestTestRedis,
  openTestQueues,
  startDigestTestRedis,
  type TestQueues,
} from "./digest-services.js";

/** What a digest test file shares: a store and a Redis, started once (PGlite's open is slow). */
export interface DigestServices {
  store: TestStore;
  redis: DigestTestRedis;
}

/**
 * One test file's services and each test's own queues, like the ingest tests'
 * `useIngestServices`: every test starts on an empty store with queues under a prefix of its own.
 * What a test starts (a worker, a mail server) it hands to `afterTest`, which closes it after the
 * test, last started first, before its queues are.
 */
export function useDigestServices(
  opened: (services: DigestServices) => void,
  eachTest: (queues: TestQueues) => void,
): { afterTest(close: () => Promise<unknown>): void } {
  let services: DigestServices | undefined;
  let queues: TestQueues | undefined;
  const closing: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    const [store, redis] = await Promise.all([openTestStore(), startDigestTestRedis()]);
    services = { store, redis };
    opened(services);
  });
  afterAll(async () => {
    await services?.redis.stop();
    await services?.store.close();
  });
  beforeEach(async () => {
    if (!services) throw new Error("the test services did not start: see the error above");
    await services.store.reset();
    queues = openTestQueues(services.redis);
    eachTest(queues);
  });
  afterEach(async () => {
    for (const close of closing.splice(0).reverse()) await close();
    await queues?.close();
  });
  return {
    afterTest(close) {
      closing.push(close);
    },
  };
}
