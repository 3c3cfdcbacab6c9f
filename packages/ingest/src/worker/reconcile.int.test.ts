import { enqueueIngest, reconcileIngest } from "@newsdesk/queue";
import { deleteKeys } from "@newsdesk/queue/test-support";
import { describe, expect, it } from "vitest";
import { syntheticDump } from "../bench/synthetic-dump.js";
import { loadClassify, parse } from "../pipeline/pipeline.js";
import { expectArticlesOnce } from "../test-support/expect-articles-once.js";
import {
  quietLog,
  type Services,
  type TestQueues,
  useIngestServices,
} from "../test-support/harness.js";
import { createIngestionWorker } from "./create-ingestion-worker.js";

const ARTICLES = 300;

/** Polls until `done` answers true (no wall-time assertion: a generous ceiling only). */
async function until(done: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the pipeline");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Redis forgets the queued work (every key of this test's prefix deleted, as a flush or a
// restart without persistence would); the database still holds it, and the reconciler finishes it.
describe("the reconciler after Redis lost its queues", () => {
  let services: Services;
  let queues: TestQueues;
  const realClassify = loadClassify();

  const run = useIngestServices(
    (opened) => {
      services = opened;
    },
    (opened) => {
      queues = opened;
    },
  );

  const classifiedCount = async () => (await services.store.counts()).classified;

  it("re-queues a dump left queued, and only the jobs that are missing", async () => {
    const { dump } = await services.store.registerDump({
      name: "lost.txt",
      content: syntheticDump(5),
    });
    const deps = {
      store: services.store,
      ingestQueue: queues.ingest,
      classifyQueue: queues.classify,
    };
    // Its job never reached Redis: the reconciler queues it.
    expect(await reconcileIngest(deps)).toMatchObject({ dumpsHeld: 1, dumpsLost: 1 });
    // Its job is waiting now: nothing is added twice.
    expect(await reconcileIngest(deps)).toMatchObject({ dumpsHeld: 1, dumpsLost: 0 });
    expect(await queues.ingest.getJobCounts("waiting")).toEqual({ waiting: 1 });
    // Counting only adds nothing.
    await deleteKeys(services.admin, queues.prefix);
    expect(await reconcileIngest({ ...deps, requeue: false })).toMatchObject({ dumpsLost: 1 });
    expect(await reconcileIngest({ ...deps, requeue: false })).toMatchObject({ dumpsLost: 1 });
    expect(dump.status).toBe("queued");
  });

  it("classifies every article once when Redis is flushed mid-classify", async () => {
    const { dump } = await services.store.registerDump({
      name: "flushed.txt",
      content: syntheticDump(ARTICLES),
    });
    let calls = 0;
    let flushed = false;
    const worker = run.closeAfterTest(
      createIngestionWorker({
        redisUrl: services.redis.url,
        prefix: queues.prefix,
        store: services.store,
        parse,
        classify: (article) => {
          calls += 1;
          return realClassify(article);
        },
        log: quietLog,
        classifyConcurrency: 5,
        reconcileEveryMs: 300,
      }),
    );
    await worker.waitUntilReady();
    await enqueueIngest(queues.ingest, dump.id);
    await until(async () => (await classifiedCount()) >= ARTICLES / 10);

    // The flush: every queue key of this test, the reconciler's scheduler included.
    expect(await deleteKeys(services.admin, queues.prefix)).toBeGreaterThan(0);
    flushed = true;
    const left = ARTICLES - (await classifiedCount());
    expect(left).toBeGreaterThan(0);

    await until(async () => (await classifiedCount()) === ARTICLES);
    expect(flushed).toBe(true);
    await expectArticlesOnce(services.store, dump.id, ARTICLES);
    // Nothing classified twice beyond the few jobs in flight at the flush.
    expect(calls).toBeLessThanOrEqual(ARTICLES + 5);
  });
});
