import { createLogger } from "@newsdesk/config";
import { type Queues, reconcileDeliveriesJob, scheduleTickJob } from "@newsdesk/queue";
import { createStore, type Store } from "@newsdesk/store";
import { openTestStore, type TestStore } from "@newsdesk/store/test-support";
import type { Job } from "bullmq";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as scheduleTick from "../jobs/schedule-tick.js";
import {
  type DigestTestRedis,
  openTestQueues,
  startDigestTestRedis,
  type TestQueues,
} from "../test-support/digest-services.js";
import { seedStories, subscribers } from "../test-support/harness.js";
import { createDigestWorker, type DigestWorker } from "../workers/create-digest-worker.js";
import { duePeriod } from "./digest-period.js";

const HOUR = 3_600_000;
const databaseUrl = process.env.DATABASE_URL;
const log = createLogger("silent");

/**
 * Schedule ticks against real Redis and the store: each time zone's edition is built and
 * prepared once, whichever of two digest workers (and, on PostgreSQL, two connections: two
 * processes' worth) runs the ticks, however many ticks race.
 */
describe(`scheduled editions (${databaseUrl ? "PostgreSQL" : "PGlite"})`, () => {
  let store: TestStore;
  // The second process's store: its own pool on PostgreSQL; PGlite has one owner, so the same.
  let other: Store;
  let redis: DigestTestRedis;
  let open: TestQueues;
  let queues: Queues;
  const workers: DigestWorker[] = [];
  // The tick's clock: seven hours from now, its send hour the UTC hour then, so that the UTC,
  // Paris and Kolkata slots (06:00 at +0, +1/+2, +5:30 on the same wall hour) all fall between
  // the articles stored now and the tick.
  const now = new Date(Date.now() + 7 * HOUR);
  const schedule = { hour: now.getUTCHours(), weekday: now.getUTCDay() };
  const catchUpMs = 12 * HOUR;

  beforeAll(async () => {
    [store, redis] = await Promise.all([openTestStore(), startDigestTestRedis()]);
    if (databaseUrl) {
      const [row] = await store.db.query<{ schema: string }>("SELECT current_schema() AS schema");
      other = await createStore({ databaseUrl, schema: row?.schema, maxConnections: 4 });
    } else {
      other = store;
    }
  });
  afterAll(async () => {
    if (other !== store) await other?.close();
    await redis?.stop();
    await store?.close();
  });
  beforeEach(async () => {
    await store.reset();
    open = openTestQueues(redis);
    queues = open.queues;
    await seedStories(store, [
      { headline: "Harbour strike talks resume in Rotterdam", region: "europe", beat: "politics" },
      { headline: "Monsoon forecast revised in Chennai", region: "asia-pacific", beat: "weather" },
    ]);
    await store.addSubscribers([
      ...subscribers(30, { prefix: "utc" }),
      ...subscribers(20, { prefix: "kolkata", timezone: "Asia/Kolkata" }),
      ...subscribers(10, { prefix: "paris", timezone: "Europe/Paris" }),
      ...subscribers(5, { prefix: "weekly", frequency: "weekly" }),
      ...subscribers(3, { prefix: "pending", status: "pending", timezone: "Asia/Kolkata" }),
    ]);
  });
  afterEach(async () => {
    for (const worker of workers.splice(0)) await worker.close();
    await open.close();
  });

  const expected = [
    { frequency: "daily", timezone: "UTC", audience: 30 },
    { frequency: "daily", timezone: "Asia/Kolkata", audience: 20 },
    { frequency: "daily", timezone: "Europe/Paris", audience: 10 },
    { frequency: "weekly", timezone: "UTC", audience: 5 },
  ] as const;

  /** Each zone's edition: the period its slot ended, one row, its audience, all queued. */
  async function expectEachEditionOnce() {
    for (const { frequency, timezone, audience } of expected) {
      const period = duePeriod(frequency, now, schedule, timezone);
      const edition = await store.findEdition({
        frequency,
        periodStart: period.start,
        periodEnd: period.end,
      });
      expect(edition, `${frequency} ${timezone}`).toMatchObject({ status: "prepared" });
      expect(edition?.queuedAt).toBeInstanceOf(Date);
      expect((await store.deliveryCounts(edition?.id as number)).total).toBe(audience);
    }
    const [editions] = await store.db.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM editions",
    );
    expect(editions?.count).toBe(expected.length);
    // One deliver job per delivery: nobody is queued twice.
    expect(await queues.deliver.getJobCountByTypes("waiting", "delayed")).toBe(65);
  }

  it("builds and prepares each time zone's edition once when ticks race", async () => {
    const deps = (on: Store) => ({
      store: on,
      deliverQueue: queues.deliver,
      schedule,
      now,
      log,
      catchUpMs,
    });
    const reports = await Promise.all(
      [store, other, store, other].map((on) => scheduleTick.handle({}, deps(on))),
    );
    const created = reports.flatMap((report) => report.prepared.map((edition) => edition.created));
    expect(created.reduce((sum, n) => sum + n, 0)).toBe(65);
    expect(reports.every((report) => report.due === expected.length)).toBe(true);
    await expectEachEditionOnce();
    // Later ticks find them queued and leave them alone.
    const later = await scheduleTick.handle({}, deps(other));
    expect(later).toMatchObject({ due: 4, prepared: [], done: 4, nothingNew: 0 });
  });

  it("runs the ticks from one job scheduler shared by two digest workers", async () => {
    const reports: scheduleTick.TickReport[] = [];
    const ticked = new Promise<void>((resolve) => {
      const onCompleted = (job: Job, result: unknown) => {
        if (job.name !== scheduleTickJob.name) return;
        reports.push(result as scheduleTick.TickReport);
        if (reports.length >= 4) resolve();
      };
      for (const on of [store, other]) {
        const worker = createDigestWorker({
          redisUrl: redis.url,
          prefix: open.prefix,
          store: on,
          log,
          schedule,
          tickEveryMs: 100,
          clock: () => now,
          catchUpMs,
        });
        worker.worker.on("completed", onCompleted);
        workers.push(worker);
      }
    });
    await Promise.all(workers.map((worker) => worker.waitUntilReady()));
    const schedulers = await queues.digest.getJobSchedulers();
    expect(schedulers.map((scheduler) => scheduler.key).sort()).toEqual(
      [reconcileDeliveriesJob.schedule.id, scheduleTickJob.schedule.id].sort(),
    );
    await ticked;
    for (const worker of workers.splice(0)) await worker.close();
    const created = reports.flatMap((report) => report.prepared.map((edition) => edition.created));
    expect(created.reduce((sum, n) => sum + n, 0)).toBe(65);
    await expectEachEditionOnce();
  });

  it("leaves a period with no news unsent, and queues what a crash left unqueued", async () => {
    await store.reset();
    await store.addSubscribers(subscribers(3));
    const deps = { store, deliverQueue: queues.deliver, schedule, now, log, catchUpMs };
    expect(await scheduleTick.handle({}, deps)).toMatchObject({ due: 1, nothingNew: 1 });

    await seedStories(store, [
      { headline: "Harbour strike talks resume in Rotterdam", region: "europe", beat: "politics" },
    ]);
    // Prepared, then the process died before queueing: the next tick queues the jobs.
    const period = duePeriod("daily", now, schedule, "UTC");
    const { edition } = await store.saveEdition({
      frequency: "daily",
      periodStart: period.start,
      periodEnd: period.end,
      content: { sections: [] },
      articleCount: 1,
    });
    await store.prepareDeliveries(edition.id);
    const report = await scheduleTick.handle({}, deps);
    expect(report.prepared).toEqual([
      { editionId: edition.id, timezones: ["UTC"], created: 0, queued: 3 },
    ]);
    expect(await queues.deliver.getJobCountByTypes("waiting")).toBe(3);
  });

  it("holds each edition as a draft in approval mode, and sends it at the first tick after approval", async () => {
    await store.reset();
    await store.addSubscribers(subscribers(2));
    await seedStories(store, [
      { headline: "Dockworkers vote on the Keswin offer", region: "europe", beat: "politics" },
    ]);
    await store.setApprovalMode("hold", "editor");
    try {
      const deps = { store, deliverQueue: queues.deliver, schedule, now, log, catchUpMs };
      const held = await scheduleTick.handle({}, deps);
      expect(held).toMatchObject({ due: 1, held: 1, prepared: [] });
      const period = duePeriod("daily", now, schedule, "UTC");
      const draft = await store.findEdition({
        frequency: "daily",
        periodStart: period.start,
        periodEnd: period.end,
      });
      expect(draft?.status).toBe("draft");
      expect(await store.approveEdition(draft?.id as number, "editor")).toBe(true);
      const sent = await scheduleTick.handle({}, deps);
      expect(sent).toMatchObject({ held: 0, prepared: [{ editionId: draft?.id, created: 2 }] });
    } finally {
      await store.setApprovalMode("automatic", "editor");
    }
  });
});
