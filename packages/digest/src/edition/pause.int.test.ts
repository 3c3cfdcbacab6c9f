import { PassThrough } from "node:stream";
import { createLogger } from "@newsdesk/config";
import type { TestSmtpServer } from "@newsdesk/mail/test-support";
import type { Queues } from "@newsdesk/queue";
import { openTestStore, type TestStore } from "@newsdesk/store/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DigestTestRedis,
  openTestQueues,
  startDigestTestRedis,
  startTestDeliveryWorker,
  startTestMail,
  type TestMail,
  type TestQueues,
} from "../test-support/digest-services.js";
import { jobsFinished, seedStories, subscribers } from "../test-support/harness.js";
import type { DeliveryWorker } from "../workers/create-delivery-worker.js";
import { buildDigestEdition } from "./build-digest-edition.js";
import { prepareEdition } from "./prepare-edition.js";
import { resumeEdition } from "./resume-edition.js";

const COUNT = 60;
const CONCURRENCY = 4;

/**
 * An SMTP server that refuses four messages in five with 550: the edition pauses itself once
 * 20 deliveries have finished, leaves the rest queued, says what to do, and a resume sends the
 * rest (the server accepting again) with nothing sent twice.
 */
describe(`an edition failing too often (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  let store: TestStore;
  let redis: DigestTestRedis;
  let open: TestQueues;
  let queues: Queues;
  let testMail: TestMail;
  let smtp: TestSmtpServer;
  let worker: DeliveryWorker;
  let refusing = true;
  const logs = new PassThrough();
  let logText = "";
  logs.on("data", (chunk: Buffer) => {
    logText += chunk.toString();
  });

  beforeAll(async () => {
    [store, redis, testMail] = await Promise.all([
      openTestStore(),
      startDigestTestRedis(),
      startTestMail({
        reject: ({ index }) => (refusing && index % 5 !== 0 ? 550 : undefined),
      }),
    ]);
    smtp = testMail.smtp;
    open = openTestQueues(redis);
    queues = open.queues;
    worker = startTestDeliveryWorker({
      redisUrl: redis.url,
      prefix: open.prefix,
      store,
      mailer: testMail.mailer,
      log: createLogger("error", logs),
      concurrency: CONCURRENCY,
      bounceLimit: 10,
      failurePolicy: { maxRate: 0.2, minSample: 20 },
    });
    await worker.waitUntilReady();
  });
  afterAll(async () => {
    await worker?.close();
    await testMail?.stop();
    await open?.close();
    await redis?.stop();
    await store?.close();
  });

  it("pauses, holds the rest queued, and sends them once when resumed", async () => {
    await seedStories(store, [
      { headline: "Harbour strike talks resume in Rotterdam", region: "europe", beat: "politics" },
    ]);
    await store.addSubscribers(subscribers(COUNT));
    const built = await buildDigestEdition(store, "daily", new Date());
    const editionId = built?.row.id as number;
    const finished = jobsFinished(worker.worker, COUNT);
    await prepareEdition({ store, deliverQueue: queues.deliver }, editionId, { backoffDelayMs: 5 });
    await finished;

    const paused = await store.getEdition(editionId);
    expect(paused).toMatchObject({ status: "paused" });
    expect(paused?.pauseReason).toMatch(/^\d+ of \d+ deliveries failed \(\d+(\.\d)?%, above/);
    const counts = await store.deliveryCounts(editionId);
    const tried = counts.sent + counts.bounced;
    // Paused at the first failure after 20 finished; the jobs already sending finished too.
    expect(tried).toBeGreaterThanOrEqual(20);
    expect(tried).toBeLessThanOrEqual(20 + CONCURRENCY);
    expect(counts).toMatchObject({ queued: COUNT - tried, sending: 0, failed: 0, total: COUNT });
    expect(smtp.received.length + smtp.refused).toBe(tried);
    // Said once, with what to do next.
    const pausedLines = logText.split("\n").filter((line) => line.includes("paused"));
    expect(pausedLines).toHaveLength(1);
    expect(pausedLines[0]).toContain(`npx newsdesk digest resume --edition ${editionId}`);
    // A second --send queues nothing while it is paused.
    expect(await prepareEdition({ store, deliverQueue: queues.deliver }, editionId)).toMatchObject({
      queued: 0,
      paused: true,
    });

    refusing = false;
    const rest = COUNT - tried;
    const delivered = jobsFinished(worker.worker, rest);
    const resumed = await resumeEdition({ store, deliverQueue: queues.deliver }, editionId);
    expect(resumed).toEqual({ editionId, resumed: true, status: "prepared", queued: rest });
    expect(await delivered).toEqual({ completed: rest, failed: 0 });
    expect(await store.deliveryCounts(editionId)).toMatchObject({
      sent: counts.sent + rest,
      bounced: counts.bounced,
      queued: 0,
      total: COUNT,
    });
    const recipients = smtp.received.flatMap((mail) => mail.to);
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(await resumeEdition({ store, deliverQueue: queues.deliver }, editionId)).toMatchObject({
      resumed: false,
      status: "prepared",
    });
  });
});
