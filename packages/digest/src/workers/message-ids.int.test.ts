import type { TestStore } from "@newsdesk/store/test-support";
import { openTestStore } from "@newsdesk/store/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDigestEdition } from "../edition/build-digest-edition.js";
import { prepareEdition } from "../edition/prepare-edition.js";
import {
  type DigestTestRedis,
  openTestQueues,
  startDigestTestRedis,
  startTestDeliveryWorker,
  startTestMail,
  type TestMail,
} from "../test-support/digest-services.js";
import { jobsFinished, seedStories, subscribers } from "../test-support/harness.js";

const READERS = 5;

/**
 * Two fresh installs (stores of their own, so both number their first edition and subscribers
 * from 1) send the same edition to the same readers: no Message-ID repeats, as Gmail would
 * otherwise drop the second install's mail as seen before.
 */
describe("Message-IDs across installs", () => {
  let redis: DigestTestRedis;
  let testMail: TestMail;

  beforeAll(async () => {
    [redis, testMail] = await Promise.all([startDigestTestRedis(), startTestMail()]);
  });
  afterAll(async () => {
    await testMail?.stop();
    await redis?.stop();
  });

  /** A fresh store and queues that send today's daily edition to the same readers. */
  async function sendFromFreshInstall(): Promise<{ editionId: number; subscriberIds: number[] }> {
    const store: TestStore = await openTestStore();
    const { prefix, queues, close } = openTestQueues(redis);
    const worker = startTestDeliveryWorker({
      redisUrl: redis.url,
      prefix,
      store,
      mailer: testMail.mailer,
    });
    try {
      await seedStories(store, [
        { headline: "Ferry timetable revised in Tallinn", region: "europe", beat: "politics" },
      ]);
      await store.addSubscribers(subscribers(READERS));
      await worker.waitUntilReady();
      const built = await buildDigestEdition(store, "daily", new Date());
      if (!built) throw new Error("no edition built");
      const finished = jobsFinished(worker.worker, READERS);
      await prepareEdition({ store, deliverQueue: queues.deliver }, built.row.id);
      expect((await finished).completed).toBe(READERS);
      const rows = await store.listDeliveries(built.row.id);
      expect(rows.map((row) => row.state)).toEqual(Array(READERS).fill("sent"));
      return { editionId: built.row.id, subscriberIds: rows.map((row) => row.subscriberId) };
    } finally {
      await worker.close();
      await close();
      await store.close();
    }
  }

  // Two PGlite stores opened one after the other: seconds each on a busy machine.
  it("are never the same twice, though both installs number edition and readers alike", {
    timeout: 180_000,
  }, async () => {
    const first = await sendFromFreshInstall();
    const second = await sendFromFreshInstall();
    expect(second).toEqual(first);

    const received = await testMail.smtp.waitForMessages(2 * READERS);
    const ids = received.map((mail) => mail.parsed.messageId);
    expect(new Set(ids).size).toBe(2 * READERS);
    for (const id of ids) {
      expect(id).toMatch(/^<edition-1\.subscriber-\d+\.[0-9a-f]{32}@news\.example\.org>$/);
    }
    // The list each went out on, per frequency (the header's encoding is the mail package's).
    for (const mail of received) {
      expect(mail.raw.toString()).toMatch(/^List-Id: .*daily/im);
    }
  });
});
