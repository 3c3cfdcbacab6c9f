import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createLogger } from "@newsdesk/config";
import {
  closeConnection,
  createProducerConnection,
  createQueueEvents,
  createQueues,
  createWorkerConnection,
  enqueueIngest,
} from "@newsdesk/queue";
import { createStore, type Store } from "@newsdesk/store";
import { processCpuSeconds } from "./process-cpu.js";
import { waitUntilIdle } from "./wait-until-idle.js";

const MAIN = fileURLToPath(new URL("../test-support/worker-process.js", import.meta.url));

/**
 * Where a bench run keeps its data: a PostgreSQL schema of its own with `databaseUrl`, else
 * PGlite in `dataDir` (which holds the workers' inbox either way).
 */
export interface BenchTarget {
  dataDir: string;
  databaseUrl?: string | undefined;
  schema?: string | undefined;
}

export function openBenchStore(target: BenchTarget): Promise<Store> {
  return createStore(
    target.databaseUrl
      ? { databaseUrl: target.databaseUrl, schema: target.schema }
      : { dataDir: target.dataDir },
  );
}

export interface BenchRun {
  articles: number;
  dumps: number;
  /** From the first job queued to the last article classified. */
  seconds: number;
  /** CPU of the worker processes (threads included) over the same span; undefined without /proc. */
  workerCpuSeconds: number | undefined;
  /** Articles classified in the store at the end (every run's, for a store that grows). */
  classifiedTotal: number;
}

/**
 * Registers `dumps`, starts `processes` worker processes, queues every dump and waits until
 * the last article is classified. PGlite has one owner: the worker, while it runs.
 */
export async function runIngest(options: {
  target: BenchTarget;
  redisUrl: string;
  dumps: readonly Uint8Array[];
  articles: number;
  processes?: number;
}): Promise<BenchRun> {
  const prefix = `{newsdesk-bench-${Date.now().toString(36)}}`;
  const setup = await openBenchStore(options.target);
  const dumpIds: number[] = [];
  for (const [index, content] of options.dumps.entries()) {
    const { dump } = await setup.registerDump({ name: `bench-${index}`, content });
    dumpIds.push(dump.id);
  }
  await setup.close();

  const log = createLogger(process.env.LOG_LEVEL ?? "warn");
  const producer = createProducerConnection(options.redisUrl, log);
  const queues = createQueues({ connection: producer, prefix });
  const connections = [
    createWorkerConnection(options.redisUrl, log),
    createWorkerConnection(options.redisUrl, log),
  ] as const;
  const events = {
    ingest: createQueueEvents("ingest", { connection: connections[0], prefix }),
    classify: createQueueEvents("classify", { connection: connections[1], prefix }),
  };
  const children: ChildProcess[] = [];
  try {
    await Promise.all([events.ingest.waitUntilReady(), events.classify.waitUntilReady()]);
    for (let i = 0; i < (options.processes ?? 1); i++) {
      children.push(startWorker(options.redisUrl, prefix, options.target));
    }
    await workersReady(queues.classify, children.length);

    const cpuBefore = workersCpu(children);
    const started = performance.now();
    for (const dumpId of dumpIds) await enqueueIngest(queues.ingest, dumpId);
    await waitUntilIdle(queues, events, dumpIds, 3_600_000);
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = workersCpu(children);

    for (const child of children) child.kill("SIGTERM");
    await Promise.all(
      children.map((child) => (child.exitCode === null ? once(child, "exit") : undefined)),
    );
    const store = await openBenchStore(options.target);
    const { classified } = await store.counts();
    await store.close();
    return {
      articles: options.articles,
      dumps: dumpIds.length,
      seconds,
      workerCpuSeconds:
        cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
      classifiedTotal: classified,
    };
  } finally {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await events.ingest.close();
    await events.classify.close();
    await Promise.all(connections.map(closeConnection));
    await queues.ingest.obliterate({ force: true });
    await queues.classify.obliterate({ force: true });
    await queues.close();
    await closeConnection(producer);
  }
}

function workersCpu(children: readonly ChildProcess[]): number | undefined {
  let total = 0;
  for (const child of children) {
    const seconds = processCpuSeconds(child.pid as number);
    if (seconds === undefined) return undefined;
    total += seconds;
  }
  return total;
}

function startWorker(redisUrl: string, prefix: string, target: BenchTarget): ChildProcess {
  const dataDir = target.dataDir;
  let databaseUrl: string | undefined;
  if (target.databaseUrl) {
    const parsed = new URL(target.databaseUrl);
    if (target.schema) parsed.searchParams.set("options", `-c search_path=${target.schema}`);
    databaseUrl = parsed.toString();
  }
  // e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the workers.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  return spawn(process.execPath, [...nodeArgs, MAIN], {
    env: {
      ...process.env,
      REDIS_URL: redisUrl,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
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
  const deadline = Date.now() + 300_000;
  while ((await queue.getWorkersCount()) < count) {
    if (Date.now() > deadline) throw new Error(`${count} worker process(es) not ready after 300 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
