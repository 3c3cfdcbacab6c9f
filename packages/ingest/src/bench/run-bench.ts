import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  closeConnection,
  createProducerConnection,
  createQueueEvents,
  createQueues,
  createWorkerConnection,
  enqueueIngest,
  launchRedisServer,
} from "@newsdesk/queue";
import { createStore, type Store } from "@newsdesk/store";
import { syntheticDump } from "./synthetic-dump.js";
import { waitUntilIdle } from "./wait-until-idle.js";

/**
 * `npm run bench`: end-to-end ingest throughput, from enqueue to classified rows in the
 * database, for one dump of ARTICLES synthetic articles, with one and with two worker processes.
 * Uses REDIS_URL / DATABASE_URL when set (each run in a prefix and a schema of its own, removed
 * afterwards), else a throwaway redis-server and PGlite (one process only: PGlite has one owner).
 */
const ARTICLES = Number(process.argv[2] ?? 10_000);
const TARGET = 1_000;
const MAIN = fileURLToPath(new URL("../test-support/worker-process.js", import.meta.url));
const databaseUrl = process.env.DATABASE_URL;

interface Run {
  processes: number;
  seconds: number;
  perSecond: number;
  classified: number;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "newsdesk-bench-"));
  const launched = process.env.REDIS_URL
    ? undefined
    : await launchRedisServer({ dir: join(dir, "redis"), persist: false });
  const redisUrl = process.env.REDIS_URL ?? (launched?.url as string);
  const dump = syntheticDump(ARTICLES, { paragraphs: 12 });
  console.log(
    `bench: ${ARTICLES} articles (${(dump.byteLength / 1024 / 1024).toFixed(1)} MB NDJSON), store ${databaseUrl ? "PostgreSQL" : "PGlite"}, Redis ${launched ? "throwaway redis-server" : "REDIS_URL"}`,
  );
  const runs: Run[] = [];
  try {
    for (const processes of databaseUrl ? [1, 2] : [1]) {
      runs.push(await runOnce(processes, redisUrl, dump, join(dir, `run-${processes}`)));
    }
    if (!databaseUrl)
      console.log("two processes need a shared PostgreSQL: set DATABASE_URL to measure them");
  } finally {
    await launched?.stop();
    await rm(dir, { recursive: true, force: true });
  }
  console.log("\nprocesses | seconds | articles/s | classified | target 1,000/s");
  for (const run of runs) {
    console.log(
      `${String(run.processes).padStart(9)} | ${run.seconds.toFixed(2).padStart(7)} | ${Math.round(run.perSecond).toString().padStart(10)} | ${String(run.classified).padStart(10)} | ${run.perSecond >= TARGET ? "met" : "missed"}`,
    );
  }
  if (runs.some((run) => run.classified !== ARTICLES)) process.exitCode = 1;
}

async function runOnce(
  processes: number,
  redisUrl: string,
  dump: Uint8Array,
  dataDir: string,
): Promise<Run> {
  const prefix = `{newsdesk-bench-${Date.now().toString(36)}}`;
  const schema = databaseUrl ? `bench_${Date.now().toString(36)}` : undefined;
  const openStore = (): Promise<Store> =>
    createStore(databaseUrl ? { databaseUrl, schema } : { dataDir });
  const setup = await openStore();
  const { dump: row } = await setup.registerDump({ name: "bench.ndjson", content: dump });
  // PGlite has one owner: the worker process, from here on.
  if (!databaseUrl) await setup.close();

  const producer = createProducerConnection(redisUrl);
  const queues = createQueues({ connection: producer, prefix });
  const eventConnections = [
    createWorkerConnection(redisUrl),
    createWorkerConnection(redisUrl),
  ] as const;
  const events = {
    ingest: createQueueEvents("ingest", { connection: eventConnections[0], prefix }),
    classify: createQueueEvents("classify", { connection: eventConnections[1], prefix }),
  };
  const children: ChildProcess[] = [];
  try {
    await Promise.all([events.ingest.waitUntilReady(), events.classify.waitUntilReady()]);
    for (let i = 0; i < processes; i++)
      children.push(startWorker(redisUrl, prefix, dataDir, schema));
    await workersReady(queues.classify, processes);

    const started = performance.now();
    await enqueueIngest(queues.ingest, row.id);
    await waitUntilIdle(queues, events, row.id, 600_000);
    const seconds = (performance.now() - started) / 1000;

    for (const child of children) child.kill("SIGTERM");
    await Promise.all(
      children.map((child) => (child.exitCode === null ? once(child, "exit") : undefined)),
    );
    const store = databaseUrl ? setup : await openStore();
    const { classified } = await store.counts();
    if (schema) await store.db.exec(`DROP SCHEMA ${schema} CASCADE`);
    await store.close();
    console.log(`${processes} process(es): ${ARTICLES} articles in ${seconds.toFixed(2)} s`);
    return { processes, seconds, perSecond: ARTICLES / seconds, classified };
  } finally {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await events.ingest.close();
    await events.classify.close();
    await Promise.all(eventConnections.map(closeConnection));
    await queues.ingest.obliterate({ force: true });
    await queues.classify.obliterate({ force: true });
    await queues.close();
    await closeConnection(producer);
  }
}

function startWorker(
  redisUrl: string,
  prefix: string,
  dataDir: string,
  schema: string | undefined,
): ChildProcess {
  let url: string | undefined;
  if (databaseUrl && schema) {
    const parsed = new URL(databaseUrl);
    parsed.searchParams.set("options", `-c search_path=${schema}`);
    url = parsed.toString();
  }
  // e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the workers.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  return spawn(process.execPath, [...nodeArgs, MAIN], {
    env: {
      ...process.env,
      REDIS_URL: redisUrl,
      ...(url ? { DATABASE_URL: url } : {}),
      DATA_DIR: dataDir,
      INBOX_DIR: join(dataDir, "inbox"),
      QUEUE_PREFIX: prefix,
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

/** Waits until `count` worker processes take classify jobs (each loads the classifier first). */
async function workersReady(
  queue: { getWorkersCount(): Promise<number> },
  count: number,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while ((await queue.getWorkersCount()) < count) {
    if (Date.now() > deadline) throw new Error(`${count} worker process(es) not ready after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

await main();
