import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "@newsdesk/config";
import { parseDigestEnv, type RunningDigest, runDigest } from "@newsdesk/digest";
import {
  closeConnection,
  createProducerConnection,
  createQueues,
  scheduleTickJob,
} from "@newsdesk/queue";
import { deleteKeysAt, uniquePrefix } from "@newsdesk/queue/test-support";
import { createStore, type Store } from "@newsdesk/store";
import type { Worker } from "bullmq";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runNewsdesk } from "../test-io.js";
import type { DigestBuildSummary, DigestResumeSummary } from "./digest.js";

/** Resolves when the worker has finished `count` more jobs (no sleeps: its own events). */
function finished(worker: Worker, count: number): Promise<void> {
  return new Promise((resolve) => {
    let done = 0;
    const onDone = () => {
      if (++done < count) return;
      worker.off("completed", onDone);
      worker.off("failed", onDone);
      resolve();
    };
    worker.on("completed", onDone);
    worker.on("failed", onDone);
  });
}

/**
 * `digest build --send` and `digest resume` while Newsdesk runs on the embedded default: the
 * running process owns PGlite (here: this test process, through `runDigest`) and the embedded
 * redis-server it launched into DATA_DIR (or REDIS_URL when the tests are given one), so the
 * command hands the job over through the `digest` queue and prints the running process's answer.
 */
describe("newsdesk digest beside a running Newsdesk (PGlite)", () => {
  let dir: string;
  let running: RunningDigest | undefined;
  const prefix = uniquePrefix();
  const SUBSCRIBERS = 4;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "newsdesk-cli-handover-"));
    const env = {
      // Unset: the embedded redis-server, launched by the running digest, found by the command.
      REDIS_URL: process.env.REDIS_URL ?? "",
      DATABASE_URL: "",
      SMTP_URL: "",
      DATA_DIR: join(dir, "data"),
      QUEUE_PREFIX: prefix,
      PUBLIC_URL: "https://news.example.org",
      MAIL_FROM: "Newsdesk <digest@news.example.org>",
      LOG_LEVEL: "warn",
    };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    const store = await createStore({ dataDir: env.DATA_DIR });
    try {
      await seed(store);
    } finally {
      await store.close();
    }
    running = await runDigest(parseDigestEnv(process.env), { log: createLogger("warn") });
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    if (running) {
      await deleteKeysAt(running.redisUrl, prefix);
      await running.close();
    }
    await rm(dir, { recursive: true, force: true });
  });

  async function seed(store: Store) {
    const { dump } = await store.registerDump({ name: "d.txt", content: new Uint8Array([9]) });
    const { articleIds } = await store.saveParsedDump(
      dump.id,
      [
        {
          headline: "Harbour strike talks resume in Rotterdam",
          headlineSource: "dump",
          dek: null,
          paragraphs: ["Harbour strike talks zqh1 zqh2 resumed in Rotterdam, officials said."],
          contributors: [],
          startLine: 1,
          endLine: 1,
          wordCount: 300,
          contentHash: "cli-handover-1",
        },
      ],
      0,
    );
    await store.saveLabels(
      articleIds.map((articleId) => ({
        articleId,
        labels: {
          beats: [{ id: "politics", score: 0.9 }],
          regions: [{ id: "europe", score: 0.9 }],
          places: [],
          people: [],
        },
      })),
    );
    await store.addSubscribers(
      Array.from({ length: SUBSCRIBERS }, (_, n) => ({
        email: `reader${n}@example.org`,
        regions: [],
        beats: [],
        frequency: "daily" as const,
        status: "active" as const,
      })),
    );
  }

  it("runs the schedules: one job scheduler ticking every quarter hour", async () => {
    const producer = createProducerConnection((running as RunningDigest).redisUrl);
    const queues = createQueues({ connection: producer, prefix });
    try {
      expect(await queues.digest.getJobScheduler(scheduleTickJob.schedule.id)).toMatchObject({
        pattern: scheduleTickJob.schedule.pattern,
      });
    } finally {
      await queues.close();
      await closeConnection(producer);
    }
  });

  it("hands `digest build --send` to the running process and prints its summary", async () => {
    const digest = running as RunningDigest;
    const draft = await runNewsdesk("digest", "build", "--json");
    expect(draft.code, draft.err()).toBe(0);
    expect(draft.err()).toMatch(/belongs to the running Newsdesk \(process \d+\)/);
    expect(JSON.parse(draft.out())).toMatchObject({
      edition: { status: "draft", articles: 1 },
      audience: SUBSCRIBERS,
    });

    const sent = finished(digest.deliveries.worker, SUBSCRIBERS);
    const result = await runNewsdesk("digest", "build", "--send", "--json");
    expect(result.code, result.err()).toBe(0);
    const summary = JSON.parse(result.out()) as DigestBuildSummary;
    expect(summary).toMatchObject({
      edition: { status: "prepared", created: false },
      sections: [{ name: "Europe", headlines: ["Harbour strike talks resume in Rotterdam"] }],
      audience: SUBSCRIBERS,
      send: { created: SUBSCRIBERS, queued: SUBSCRIBERS, paused: false, deliveredBy: "worker" },
    });
    await sent;
    expect(await readdir(join(dir, "data", "outbox"))).toHaveLength(SUBSCRIBERS);
    const counts = await digest.store.deliveryCounts(summary.edition?.id as number);
    expect(counts).toMatchObject({ sent: SUBSCRIBERS, total: SUBSCRIBERS });

    // The text form says the same.
    const again = await runNewsdesk("digest", "build", "--send");
    expect(again.out()).toMatch(/prepared, audience frozen[\s\S]*audience: 4 subscribers/);
    expect(again.out()).toMatch(/queued 0 deliveries \(a running digest worker sends them\)/);
  });

  it("hands `digest resume` over: a paused edition's held deliveries are sent", async () => {
    const digest = running as RunningDigest;
    const [row] = await digest.store.db.query<{ id: number; editionId: number }>(
      `SELECT id, edition_id AS "editionId" FROM deliveries ORDER BY id LIMIT 1`,
    );
    const editionId = row?.editionId as number;
    const notPaused = await runNewsdesk("digest", "resume", "--edition", String(editionId));
    expect(notPaused.code, notPaused.err()).toBe(0);
    expect(notPaused.out()).toBe(
      `edition #${editionId} is prepared, not paused: nothing to resume\n`,
    );

    // Paused with one delivery held back (as if its job had found the edition paused).
    await digest.store.pauseEdition(editionId, "test: 5 of 20 deliveries failed");
    await digest.store.db.query("UPDATE deliveries SET state = 'queued' WHERE id = $1", [row?.id]);
    const sent = finished(digest.deliveries.worker, 1);
    const resumed = await runNewsdesk("digest", "resume", "--edition", String(editionId), "--json");
    expect(resumed.code, resumed.err()).toBe(0);
    expect(JSON.parse(resumed.out()) as DigestResumeSummary).toEqual({
      editionId,
      resumed: true,
      status: "prepared",
      queued: 1,
      deliveredBy: "worker",
    });
    await sent;
    expect((await digest.store.getDelivery(row?.id as number))?.state).toBe("sent");

    const unknown = await runNewsdesk("digest", "resume", "--edition", "999");
    expect(unknown.code).toBe(2);
    expect(unknown.err()).toMatch(/there is no edition 999/);
    const bad = await runNewsdesk("digest", "resume", "--edition", "twelve");
    expect(bad.code).toBe(2);
    expect(bad.err()).toMatch(/--edition "twelve"/);
  });

  it("says what to do when the owner of the database runs no digest", async () => {
    await running?.close();
    running = undefined;
    // Another owner of the embedded database, with no digest worker (a `newsdesk worker`).
    const owner = await createStore({ dataDir: join(dir, "data") });
    try {
      const result = await runNewsdesk("digest", "build", "--send");
      expect(result.code).toBe(2);
      expect(result.err()).toMatch(
        /in use by process \d+.*(does not run the digest|no Redis answers).*`npm start`/,
      );
    } finally {
      await owner.close();
    }
  });
});
