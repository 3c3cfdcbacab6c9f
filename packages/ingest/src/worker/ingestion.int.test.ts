import { readFile } from "node:fs/promises";
import {
  classifyJob,
  closeConnection,
  createWorkerConnection,
  enqueueIngest,
  ingestJob,
  QUEUE,
} from "@newsdesk/queue";
import { testLog } from "@newsdesk/queue/test-support";
import { Worker } from "bullmq";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { loadClassify, parse } from "../pipeline/pipeline.js";
import type { ClassifyFn } from "../pipeline/pipeline-types.js";
import { submitDump } from "../submit-dump.js";
import {
  quietLog,
  type Services,
  type TestQueues,
  useIngestServices,
} from "../test-support/harness.js";
import { waitForDump } from "../wait-for-dump.js";
import { createIngestionWorker } from "./create-ingestion-worker.js";

// The reference dump is read from ../shared, never copied into the repository.
const SEED = new URL("../../../../../shared/seeds/000_e9691fc182a6778b.txt", import.meta.url);

// Real Redis (REDIS_URL or a throwaway redis-server) and a real store (DATABASE_URL or PGlite).
describe("ingestion pipeline end to end", () => {
  let services: Services;
  let queues: TestQueues;
  let seed: Uint8Array;
  const realClassify = loadClassify();

  const run = useIngestServices(
    (opened) => {
      services = opened;
    },
    (opened) => {
      queues = opened;
    },
  );
  beforeAll(async () => {
    seed = await readFile(SEED);
  });

  function startWorker(classify: ClassifyFn = realClassify) {
    return run.closeAfterTest(
      createIngestionWorker({
        redisUrl: services.redis.url,
        prefix: queues.prefix,
        store: services.store,
        parse,
        classify,
        log: quietLog,
      }),
    );
  }

  /** Submits a dump and waits, on queue events, until it and its articles are done. */
  async function ingest(name: string, content: Uint8Array) {
    const submitted = await submitDump(
      { store: services.store, ingestQueue: queues.ingest },
      name,
      content,
    );
    if (!submitted.queued) return { submitted, ingest: undefined, classify: new Map() };
    const ingestId = ingestJob.id({ dumpId: submitted.dump.id });
    const [ingestOutcome] = [...(await queues.events.ingest.waitFor([ingestId])).values()];
    const articleIds = (
      await services.store.db.query<{ id: number }>(
        "SELECT article_id AS id FROM dump_articles WHERE dump_id = $1",
        [submitted.dump.id],
      )
    ).map((row) => row.id);
    const classify = await queues.events.classify.waitFor(
      articleIds.map((id) => classifyJob.id({ articleId: id })),
    );
    return { submitted, ingest: ingestOutcome, classify };
  }

  it("turns the reference dump into 8 classified articles, and adds nothing the second time", async () => {
    startWorker();
    const first = await ingest("reference.txt", seed);
    expect(first.ingest?.status).toBe("completed");
    expect(first.ingest?.status === "completed" ? first.ingest.value : undefined).toEqual({
      articles: 8,
      inserted: 8,
      known: 0,
      queued: 8,
    });
    expect([...first.classify.values()].every((outcome) => outcome.status === "completed")).toBe(
      true,
    );
    const counts = await services.store.counts();
    expect(counts).toMatchObject({ articles: 8, classified: 8, dumps: 1, classifyFailed: 0 });
    expect(counts.byRegion.reduce((sum, region) => sum + region.articles, 0)).toBe(8);
    // Each classified with the words and places behind its primary beat and region.
    const [withEvidence] = await services.store.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM articles
       WHERE jsonb_array_length(evidence -> 'beat') > 0 AND jsonb_array_length(evidence -> 'region') > 0`,
    );
    expect(withEvidence?.count).toBe(8);

    const again = await ingest("reference-again.txt", seed);
    expect(again.submitted).toMatchObject({ created: false, queued: false });
    expect(await services.store.counts()).toMatchObject({ articles: 8, classified: 8, dumps: 1 });
  });

  it("stores an article seen in two dumps once, linked to both", async () => {
    startWorker();
    const text = new TextDecoder().decode(seed);
    // The first two articles of the reference dump (lines 1-66), as a dump of their own.
    const firstTwo = `${text.split("\n").slice(0, 66).join("\n")}\n`;
    const partial = await ingest("first-two.txt", new TextEncoder().encode(firstTwo));
    expect(partial.ingest?.status).toBe("completed");
    expect((await services.store.counts()).articles).toBe(2);

    const full = await ingest("reference.txt", seed);
    expect(full.ingest?.status === "completed" ? full.ingest.value : undefined).toMatchObject({
      articles: 8,
      inserted: 6,
      known: 2,
      queued: 6,
    });
    expect(await services.store.counts()).toMatchObject({ articles: 8, classified: 8, dumps: 2 });
  });

  it("fails an unparseable dump once, with its reason recorded", async () => {
    startWorker();
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const result = await ingest("picture.png", binary);
    expect(result.ingest?.status).toBe("failed");
    const dump = await services.store.getDump(result.submitted.dump.id);
    expect(dump?.status).toBe("failed");
    expect(dump?.error).toMatch(/^NotTextError: not a text dump/);
    const job = await queues.ingest.getJob(ingestJob.id({ dumpId: result.submitted.dump.id }));
    expect(job?.attemptsMade).toBe(1);

    // Submitted again, it is tried once more (the parser may have been fixed meanwhile).
    queues.events.ingest.finished.clear();
    const again = await ingest("picture.png", binary);
    expect(again.submitted).toMatchObject({
      created: false,
      queued: true,
      failedBefore: expect.stringMatching(/^NotTextError: not a text dump/),
    });
    expect(again.ingest?.status).toBe("failed");
    expect((await services.store.getDump(result.submitted.dump.id))?.status).toBe("failed");
  });

  it("records a dump whose worker died too often as failed, so nobody waits on it forever", async () => {
    const { dump } = await services.store.registerDump({ name: "cursed.txt", content: seed });
    await enqueueIngest(queues.ingest, dump.id);
    // A worker that takes the job and dies: its lock is never renewed.
    const doomedConnection = createWorkerConnection(services.redis.url, testLog);
    const doomed = new Worker(QUEUE.ingest, null, {
      connection: doomedConnection,
      prefix: queues.prefix,
      lockDuration: 500,
      autorun: false,
    });
    onTestFinished(async () => {
      await doomed.close(true);
      await closeConnection(doomedConnection);
    });
    const taken = await doomed.getNextJob("doomed-token");
    expect(taken?.id).toBe(ingestJob.id({ dumpId: dump.id }));
    // It dies: nothing of it runs on, and its lock is gone, as a killed process's would be
    // once the lock expired (waiting for the expiry makes the test hang on a busy machine).
    await doomed.close(true);
    await doomedConnection.del(`${queues.prefix}:${QUEUE.ingest}:${taken?.id}:lock`);
    run.closeAfterTest(
      createIngestionWorker({
        redisUrl: services.redis.url,
        prefix: queues.prefix,
        store: services.store,
        parse,
        classify: realClassify,
        log: quietLog,
        lockDurationMs: 1_000,
        maxStalledCount: 0,
      }),
    );
    const outcome = await waitForDump(services.store, dump.id, undefined, 20);
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.ok ? "" : outcome.error).toMatch(/worker process stopped in the middle/);
  });

  it("fails a bad article alone; the rest of the dump is classified", async () => {
    startWorker((article) => {
      if (article.headline.includes("Zelensky")) throw new Error("classifier choked");
      return realClassify(article);
    });
    const result = await ingest("reference.txt", seed);
    const outcomes = [...result.classify.values()];
    expect(outcomes.filter((outcome) => outcome.status === "failed")).toHaveLength(1);
    expect(await services.store.counts()).toMatchObject({
      articles: 8,
      classified: 7,
      classifyFailed: 1,
    });
  });
});
