import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { startTestSmtpServer, type TestSmtpServer } from "@newsdesk/mail/test-support";
import {
  closeConnection,
  createProducerConnection,
  createQueues,
  createWorkerConnection,
} from "@newsdesk/queue";
import {
  deleteKeys,
  startTestRedis,
  type TestRedis,
  testLog,
  uniquePrefix,
} from "@newsdesk/queue/test-support";
import { createProcessStore, type ProcessStore } from "@newsdesk/store/test-support";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDigestEdition } from "../edition/build-digest-edition.js";
import { prepareEdition } from "../edition/prepare-edition.js";
import { seedStories, subscribers } from "../test-support/harness.js";

// The built digest process (the package's test script builds it first).
const MAIN = fileURLToPath(new URL("../../dist/test-support/digest-process.js", import.meta.url));
const SUBSCRIBERS = 1_000;

/**
 * A digest process killed with SIGKILL while sending an edition to 1,000 subscribers, then
 * restarted: every subscriber ends with their email, each delivery row `sent` once, one
 * Message-ID per subscriber. PostgreSQL (its own schema) when DATABASE_URL is set, else PGlite
 * in a folder the processes own in turn.
 */
describe(`a digest process killed mid-edition (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  let redis: TestRedis;
  let admin: Redis;
  let smtp: TestSmtpServer;
  let target: ProcessStore;
  const prefix = uniquePrefix();
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    [redis, smtp, target] = await Promise.all([
      startTestRedis(),
      startTestSmtpServer(),
      createProcessStore("digest-crash"),
    ]);
    admin = createWorkerConnection(redis.url, testLog, "newsdesk-test-admin");
  });
  afterAll(async () => {
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await once(child, "exit");
      }
    }
    await deleteKeys(admin, prefix);
    await closeConnection(admin);
    await target?.remove();
    await smtp?.stop();
    await redis?.stop();
  });

  function startDigest(): ChildProcess {
    const child = spawn(process.execPath, [MAIN], {
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
        // Short, so the killed process's jobs come back soon. At 1.5 s, beside a busy loop per
        // core, a living process once lost ~500 renewals, resent 23 emails and failed 5
        // deliveries for good as stalled too often; claims with holders and compiles off the
        // event loop fixed that. CRASH_JOB_LOCK_MS=1500 runs it that way again.
        JOB_LOCK_MS: process.env.CRASH_JOB_LOCK_MS ?? "5000",
        SECRET: "crash-test-secret-0123456789",
        PUBLIC_URL: "https://news.example.org",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    children.push(child);
    return child;
  }

  it("ends with every delivery sent once and one Message-ID per subscriber", {
    timeout: 180_000,
  }, async () => {
    let editionId: number;
    const store = await target.open();
    const producer = createProducerConnection(redis.url, testLog);
    const queues = createQueues({ connection: producer, prefix });
    try {
      await seedStories(store, [
        {
          headline: "Harbour strike talks resume in Rotterdam",
          region: "europe",
          beat: "politics",
        },
        { headline: "Vaccine depots open in Nairobi", region: "africa", beat: "health" },
      ]);
      await store.addSubscribers([
        ...subscribers(SUBSCRIBERS / 2, { prefix: "eu", regions: ["europe"] }),
        ...subscribers(SUBSCRIBERS / 2, { prefix: "all" }),
      ]);
      const built = await buildDigestEdition(store, "daily", new Date());
      editionId = built?.row.id as number;
      const prepared = await prepareEdition({ store, deliverQueue: queues.deliver }, editionId, {
        backoffDelayMs: 50,
      });
      expect(prepared.queued).toBe(SUBSCRIBERS);
    } finally {
      await queues.close();
      await closeConnection(producer);
      await store.close();
    }

    const first = startDigest();
    await smtp.waitForMessages(250);
    first.kill("SIGKILL");
    await once(first, "exit");
    const atKill = smtp.received.length;
    expect(atKill).toBeLessThan(SUBSCRIBERS);

    const second = startDigest();
    // Every subscriber's Message-ID reaches the server (retries of the killed jobs included).
    await new Promise<void>((resolve) => {
      const check = () => {
        const ids = new Set(smtp.received.map((mail) => mail.parsed.messageId));
        if (ids.size >= SUBSCRIBERS) resolve();
        else void smtp.waitForMessages(smtp.received.length + 1).then(check);
      };
      check();
    });
    second.kill("SIGTERM");
    const [code] = await once(second, "exit");
    expect(code).toBe(0);

    const ids = smtp.received.map((mail) => String(mail.parsed.messageId));
    const recipients = new Set(smtp.received.flatMap((mail) => mail.to));
    expect(new Set(ids).size).toBe(SUBSCRIBERS);
    expect(recipients.size).toBe(SUBSCRIBERS);
    // SMTP is at-least-once at the kill: a message the server accepted while its row was still
    // `sending` goes out again, with the same Message-ID. At most the jobs in flight (20).
    const duplicates = ids.length - SUBSCRIBERS;
    expect(duplicates).toBeLessThanOrEqual(20);
    console.info(
      `digest crash test: killed after ${atKill} messages; ${duplicates} resent with the same Message-ID`,
    );

    const after = await target.open();
    try {
      expect(await after.deliveryCounts(editionId)).toMatchObject({
        sent: SUBSCRIBERS,
        total: SUBSCRIBERS,
      });
      const rows = await after.listDeliveries(editionId);
      expect(new Set(rows.map((row) => row.messageId)).size).toBe(SUBSCRIBERS);
    } finally {
      await after.close();
    }
  });
});
