import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { startTestSmtpServer, type TestSmtpServer } from "@newsdesk/mail/test-support";
import { closeConnection, createProducerConnection, createQueues } from "@newsdesk/queue";
import {
  deleteKeysAt,
  startTestRedis,
  type TestRedis,
  testLog,
  uniquePrefix,
} from "@newsdesk/queue/test-support";
import { createStore, type Store } from "@newsdesk/store";
import {
  createProcessStore,
  type ProcessStore,
  terminateOtherConnections,
} from "@newsdesk/store/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDigestEdition } from "../edition/build-digest-edition.js";
import { prepareEdition } from "../edition/prepare-edition.js";
import { seedStories, subscribers } from "../test-support/harness.js";

const MAIN = fileURLToPath(new URL("../../dist/test-support/digest-process.js", import.meta.url));
const SUBSCRIBERS = 400;
const databaseUrl = process.env.DATABASE_URL;

/**
 * Every PostgreSQL connection of the digest's database terminated (`pg_terminate_backend`)
 * twice while it sends an edition: the process lives on, the deliveries that lost their
 * connection are retried, and every subscriber gets the edition, under one Message-ID each.
 * Needs a PostgreSQL of one's own (DATABASE_URL, a database the test may disconnect).
 */
describe.skipIf(!databaseUrl)("a digest whose PostgreSQL connections are all dropped", () => {
  const prefix = uniquePrefix();
  let redis: TestRedis;
  let smtp: TestSmtpServer;
  let admin: Store;
  let target: ProcessStore;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    [redis, smtp] = await Promise.all([startTestRedis(), startTestSmtpServer()]);
    // One connection of the test's own, which it never drops.
    admin = await createStore({ databaseUrl, maxConnections: 1 });
    target = await createProcessStore("digest-dropped", databaseUrl);
  });
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await once(child, "exit");
    }
    await admin?.close();
    await target?.remove();
    await deleteKeysAt(redis.url, prefix);
    await smtp?.stop();
    await redis?.stop();
  });

  it("stays alive and mails every subscriber", { timeout: 600_000 }, async () => {
    const store = await target.open();
    const producer = createProducerConnection(redis.url, testLog);
    const queues = createQueues({ connection: producer, prefix });
    let editionId: number;
    try {
      await seedStories(store, [
        { headline: "Tram line extended across Bratislava", region: "europe", beat: "politics" },
      ]);
      await store.addSubscribers(subscribers(SUBSCRIBERS));
      const built = await buildDigestEdition(store, "daily", new Date());
      editionId = built?.row.id as number;
      await prepareEdition({ store, deliverQueue: queues.deliver }, editionId, {
        backoffDelayMs: 50,
      });
    } finally {
      await queues.close();
      await closeConnection(producer);
      await store.close();
    }

    child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        REDIS_URL: redis.url,
        ...target.env,
        SMTP_URL: smtp.url,
        // The test SMTP server stands for a real one, without DKIM.
        MAIL_TEST_MODE: "1",
        SMTP_MAX_CONNECTIONS: "5",
        MAIL_RATE_PER_SECOND: "5000",
        DELIVER_CONCURRENCY: "20",
        QUEUE_PREFIX: prefix,
        SECRET: "dropped-test-secret-0123456789",
        PUBLIC_URL: "https://news.example.org",
        LOG_LEVEL: "error",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await smtp.waitForMessages(50);
    const first = await terminateOtherConnections(admin);
    await smtp.waitForMessages(200);
    const second = await terminateOtherConnections(admin);
    expect(first + second).toBeGreaterThan(0);

    const everyone = async (): Promise<void> => {
      const ids = new Set(smtp.received.map((mail) => mail.parsed.messageId));
      if (ids.size >= SUBSCRIBERS) return;
      await smtp.waitForMessages(smtp.received.length + 1);
      return everyone();
    };
    await everyone();
    expect(child.exitCode).toBe(null);
    expect(child.signalCode).toBe(null);

    const ids = smtp.received.map((mail) => String(mail.parsed.messageId));
    expect(new Set(ids).size).toBe(SUBSCRIBERS);
    expect(new Set(smtp.received.flatMap((mail) => mail.to)).size).toBe(SUBSCRIBERS);
    // A message the server took while its row's connection was dropped is sent again, with
    // the same Message-ID: at most the jobs in flight (20) per drop.
    const resent = ids.length - SUBSCRIBERS;
    console.info(
      `connections dropped: ${first} and ${second}; ${resent} resent with the same Message-ID`,
    );
    expect(resent).toBeLessThanOrEqual(40);
    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    const rows = await admin.db.query<{ state: string; n: number }>(
      `SELECT state, count(*)::int AS n FROM ${target.schema}.deliveries GROUP BY state`,
    );
    expect(rows).toEqual([{ state: "sent", n: SUBSCRIBERS }]);
  });
});
