import { createLogger } from "@newsdesk/config";
import { type Queues, reconcileDeliveries } from "@newsdesk/queue";
import { deleteKeys } from "@newsdesk/queue/test-support";
import type { TestStore } from "@newsdesk/store/test-support";
import { beforeEach, describe, expect, it } from "vitest";
import { buildDigestEdition } from "../edition/build-digest-edition.js";
import { prepareEdition } from "../edition/prepare-edition.js";
import { DEFAULT_SCHEDULE } from "../schedule/digest-period.js";
import {
  type DigestTestRedis,
  startTestDeliveryWorker,
  startTestMail,
  type TestQueues,
} from "../test-support/digest-services.js";
import { seedStories, subscribers } from "../test-support/harness.js";
import { useDigestServices } from "../test-support/use-digest-services.js";
import type { DeliveryWorker } from "./create-delivery-worker.js";
import { createDigestWorker, type DigestWorker } from "./create-digest-worker.js";

const READERS = 40;
const log = createLogger("silent");

// Redis forgets the deliver jobs (every key of this test's prefix deleted, as a flush or a
// restart without persistence would); the delivery rows still say who waits for the edition.
describe("reconciling deliveries after Redis lost its queues", () => {
  let store: TestStore;
  let redis: DigestTestRedis;
  let open: TestQueues;
  let queues: Queues;
  const { afterTest } = useDigestServices(
    (services) => {
      ({ store, redis } = services);
    },
    (opened) => {
      open = opened;
      queues = opened.queues;
    },
  );

  beforeEach(async () => {
    await seedStories(store, [
      { headline: "Ferry timetable changes at Kiel harbour", region: "europe", beat: "politics" },
      { headline: "Rain gauges installed along the Tana river", region: "africa", beat: "health" },
    ]);
    await store.addSubscribers(subscribers(READERS));
  });

  async function buildAndPrepare() {
    const built = await buildDigestEdition(store, "daily", new Date());
    if (!built) throw new Error("no edition built");
    await prepareEdition({ store, deliverQueue: queues.deliver }, built.row.id, {
      backoffDelayMs: 5,
    });
    return built.row.id;
  }

  it("re-queues only the deliver jobs that are missing, and none of a paused edition", async () => {
    const editionId = await buildAndPrepare();
    const deps = { store, deliverQueue: queues.deliver };
    expect(await reconcileDeliveries(deps)).toEqual({ held: READERS, lost: 0 });
    await deleteKeys(redis.admin, open.prefix);
    expect(await reconcileDeliveries({ ...deps, requeue: false })).toEqual({
      held: READERS,
      lost: READERS,
    });
    expect(await reconcileDeliveries(deps)).toEqual({ held: READERS, lost: READERS });
    expect(await reconcileDeliveries(deps)).toEqual({ held: READERS, lost: 0 });
    await deleteKeys(redis.admin, open.prefix);
    await store.pauseEdition(editionId, "paused by a test");
    expect(await reconcileDeliveries(deps)).toEqual({ held: 0, lost: 0 });
  });

  it("mails every subscriber exactly once when Redis is flushed mid-send", async () => {
    const testMail = await startTestMail();
    afterTest(() => testMail.stop());
    const smtp = testMail.smtp;
    const delivery: DeliveryWorker = startTestDeliveryWorker({
      redisUrl: redis.url,
      prefix: open.prefix,
      store,
      mailer: testMail.mailer,
      concurrency: 2,
    });
    const digest: DigestWorker = createDigestWorker({
      redisUrl: redis.url,
      prefix: open.prefix,
      store,
      log,
      schedule: DEFAULT_SCHEDULE,
      // Its ticks look at a day with no news: they send nothing of their own.
      clock: () => new Date(0),
      reconcileEveryMs: 300,
      staleSendingSeconds: 2,
    });
    afterTest(() => delivery.close());
    afterTest(() => digest.close());
    await Promise.all([delivery.waitUntilReady(), digest.waitUntilReady()]);
    await buildAndPrepare();
    await smtp.waitForMessages(READERS / 8);

    // The flush: the deliver jobs and both job schedulers are gone.
    await deleteKeys(redis.admin, open.prefix);
    const [counts] = await store.db.query<{ sent: number }>(
      "SELECT count(*) FILTER (WHERE state = 'sent')::int AS sent FROM deliveries",
    );
    expect(counts?.sent).toBeLessThan(READERS);

    await smtp.waitForMessages(READERS);
    // Every row sent, and no email beyond one each, even late.
    const sentCount = async () =>
      (
        await store.db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM deliveries WHERE state = 'sent'",
        )
      )[0]?.n ?? 0;
    while ((await sentCount()) < READERS) await new Promise((r) => setTimeout(r, 100));
    const received = smtp.received;
    expect(received).toHaveLength(READERS);
    const perReader = new Map<string, number>();
    for (const mail of received) {
      for (const to of mail.to) perReader.set(to, (perReader.get(to) ?? 0) + 1);
    }
    expect(perReader.size).toBe(READERS);
    expect([...perReader.values()].every((n) => n === 1)).toBe(true);
  });
});
