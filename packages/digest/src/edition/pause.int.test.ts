import { PassThrough } from "node:stream";
import { createLogger } from "@newsdesk/config";
import { createTransport, type Mailer } from "@newsdesk/mail";
import { startTestSmtpServer, type TestSmtpServer } from "@newsdesk/mail/test-support";
import {
  closeConnection,
  createProducerConnection,
  createQueues,
  type Queues,
} from "@newsdesk/queue";
import {
  deleteKeys,
  startTestRedis,
  type TestRedis,
  uniquePrefix,
} from "@newsdesk/queue/test-support";
import { openTestStore, type TestStore } from "@newsdesk/store/test-support";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobsFinished, seedStories, subscribers } from "../test-support/harness.js";
import { createDeliveryWorker, type DeliveryWorker } from "../workers/create-delivery-worker.js";
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
  let redis: TestRedis;
  let admin: Redis;
  let producer: Redis;
  let queues: Queues;
  let smtp: TestSmtpServer;
  let mailer: Mailer;
  let worker: DeliveryWorker;
  let refusing = true;
  const prefix = uniquePrefix();
  const logs = new PassThrough();
  let logText = "";
  logs.on("data", (chunk: Buffer) => {
    logText += chunk.toString();
  });

  beforeAll(async () => {
    [store, redis, smtp] = await Promise.all([
      openTestStore(),
      startTestRedis(),
      startTestSmtpServer({
        reject: ({ index }) => (refusing && index % 5 !== 0 ? 550 : undefined),
      }),
    ]);
    admin = createProducerConnection(redis.url, "newsdesk-test-admin");
    producer = createProducerConnection(redis.url);
    queues = createQueues({ connection: producer, prefix });
    mailer = createTransport({
      SMTP_URL: smtp.url,
      DATA_DIR: "/nonexistent",
      SMTP_MAX_CONNECTIONS: 2,
      MAIL_RATE_PER_SECOND: 1_000,
      MAIL_FROM: "Newsdesk <digest@news.example.org>",
    });
    worker = createDeliveryWorker({
      redisUrl: redis.url,
      prefix,
      store,
      mailer,
      log: createLogger("error", logs),
      publicUrl: "https://news.example.org",
      secret: "test-secret-0123456789",
      mailDomain: "news.example.org",
      concurrency: CONCURRENCY,
      ratePerSecond: 1_000,
      bounceLimit: 10,
      failurePolicy: { maxRate: 0.2, minSample: 20 },
    });
    await worker.waitUntilReady();
  });
  afterAll(async () => {
    await worker?.close();
    mailer?.close();
    await smtp?.stop();
    await queues?.close();
    await closeConnection(producer);
    await deleteKeys(admin, prefix);
    await closeConnection(admin);
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
