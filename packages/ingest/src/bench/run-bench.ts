import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { launchRedisServer } from "@newsdesk/queue";
import { type BenchRun, type BenchTarget, openBenchStore, runIngest } from "./bench-run.js";
import { countCost } from "./count-cost.js";
import { fillStore } from "./fill-store.js";
import { type SyntheticFormat, syntheticDumps } from "./synthetic-dump.js";

/**
 * `npm run bench [-- formats|growth] [articles]`: ingest from enqueue to classified rows.
 * - formats: NDJSON and text, as one large ingest (cut into dumps under the parser's limit)
 *   and as 1,000 small dumps, each in a fresh store.
 * - growth: CPU per article of the same 5,000-article ingest with 10k and with 100k articles
 *   already stored, and the cost of the status counts at both sizes.
 * CPU is the worker processes' own (threads included), so a busy machine changes it little;
 * every figure is printed with the load average beside it. Uses REDIS_URL / DATABASE_URL when
 * set (a prefix and a schema of its own, removed afterwards), else a throwaway redis-server and
 * PGlite.
 */
const [section = "all", size] = process.argv.slice(2);
const ARTICLES = Number(size ?? 10_000);
const SMALL_DUMPS = 1_000;
const PROBE = 5_000;
const GROWTH_SIZES = [10_000, 100_000] as const;
const TARGET_PER_CPU_SECOND = 1_000;
const databaseUrl = process.env.DATABASE_URL;

function load(): string {
  return `load ${loadavg()
    .map((n) => n.toFixed(2))
    .join(" ")}`;
}

function cpuPerArticle(run: BenchRun): string {
  return run.workerCpuSeconds === undefined
    ? "CPU n/a (no /proc)"
    : `${((run.workerCpuSeconds * 1000) / run.articles).toFixed(2)} ms CPU/article (${Math.round(run.articles / run.workerCpuSeconds)}/CPU-s, target ${TARGET_PER_CPU_SECOND})`;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "newsdesk-bench-"));
  const launched = process.env.REDIS_URL
    ? undefined
    : await launchRedisServer({ dir: join(dir, "redis"), persist: false });
  const redisUrl = process.env.REDIS_URL ?? (launched?.url as string);
  console.log(
    `bench: store ${databaseUrl ? "PostgreSQL (worker CPU only: the server's is not counted)" : "PGlite"}, Redis ${launched ? "throwaway redis-server" : "REDIS_URL"}; ${load()}`,
  );
  let runs = 0;
  const freshTarget = (): BenchTarget => {
    runs += 1;
    return {
      dataDir: join(dir, `run-${runs}`),
      databaseUrl,
      schema: databaseUrl ? `bench_${Date.now().toString(36)}_${runs}` : undefined,
    };
  };
  const dropTarget = async (target: BenchTarget) => {
    if (target.schema) {
      const store = await openBenchStore(target);
      await store.db.exec(`DROP SCHEMA ${target.schema} CASCADE`);
      await store.close();
    }
  };
  try {
    if (section === "all" || section === "formats")
      await formats(redisUrl, freshTarget, dropTarget);
    if (section === "all" || section === "growth") await growth(redisUrl, freshTarget, dropTarget);
  } finally {
    await launched?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function formats(
  redisUrl: string,
  freshTarget: () => BenchTarget,
  dropTarget: (target: BenchTarget) => Promise<void>,
): Promise<void> {
  console.log(`\nwhat the worker ingests (fresh store each; ${ARTICLES} articles per line)`);
  const cases: { format: SyntheticFormat; perDump: number; processes: number }[] = [];
  for (const format of ["ndjson", "text"] as const) {
    cases.push({ format, perDump: ARTICLES, processes: 1 });
    cases.push({ format, perDump: Math.max(1, Math.floor(ARTICLES / SMALL_DUMPS)), processes: 1 });
  }
  if (databaseUrl) cases.push({ format: "ndjson", perDump: ARTICLES, processes: 2 });
  for (const { format, perDump, processes } of cases) {
    const dumps = syntheticDumps(format, ARTICLES, { perDump, paragraphs: 12 });
    const megabytes = dumps.reduce((sum, dump) => sum + dump.byteLength, 0) / 1024 / 1024;
    const largest = Math.max(...dumps.map((dump) => dump.byteLength)) / 1024 / 1024;
    const target = freshTarget();
    try {
      const run = await runIngest({ target, redisUrl, dumps, articles: ARTICLES, processes });
      console.log(
        `${format.padEnd(6)} ${String(dumps.length).padStart(5)} dump(s) (${megabytes.toFixed(1)} MB, largest ${largest.toFixed(1)} MB), ${processes} process(es): ${cpuPerArticle(run)}; ${run.seconds.toFixed(1)} s wall; classified ${run.classifiedTotal}/${ARTICLES}; ${load()}`,
      );
      if (run.classifiedTotal !== ARTICLES) process.exitCode = 1;
    } finally {
      await dropTarget(target);
    }
  }
}

async function growth(
  redisUrl: string,
  freshTarget: () => BenchTarget,
  dropTarget: (target: BenchTarget) => Promise<void>,
): Promise<void> {
  console.log(
    `\nstore growth: the same ${PROBE}-article NDJSON ingest with ${GROWTH_SIZES.join(" and ")} articles stored`,
  );
  const target = freshTarget();
  const perArticle: number[] = [];
  let stored = 0;
  try {
    for (const [round, size] of GROWTH_SIZES.entries()) {
      const store = await openBenchStore(target);
      await fillStore(store, size - stored, 10_000_000 + stored);
      // A store that grew over months has been analyzed by its owner; a short worker run gets no
      // ANALYZE of its own (the first comes a minute after start), so without this the figure
      // swung with whether the filling session happened to analyze (packages/ingest/README.md).
      await store.db.exec("ANALYZE");
      stored = size;
      const cost = databaseUrl ? undefined : await countCost(store);
      await store.close();
      if (cost) {
        console.log(
          `status counts at ${size} stored: ${cost.keptMs.toFixed(1)} ms CPU kept counters, ${cost.scanMs.toFixed(1)} ms CPU scanning; ${load()}`,
        );
      }
      const dumps = syntheticDumps("ndjson", PROBE, {
        perDump: PROBE,
        from: 20_000_000 * (round + 1),
        paragraphs: 12,
      });
      const run = await runIngest({ target, redisUrl, dumps, articles: PROBE });
      stored += PROBE;
      console.log(
        `ingest at ${size} stored: ${cpuPerArticle(run)}; ${run.seconds.toFixed(1)} s wall; ${load()}`,
      );
      if (run.workerCpuSeconds !== undefined) perArticle.push(run.workerCpuSeconds / PROBE);
      if (run.classifiedTotal !== stored) process.exitCode = 1;
    }
    const [small, large] = perArticle;
    if (small !== undefined && large !== undefined) {
      console.log(
        `CPU per article ${GROWTH_SIZES[1]} / ${GROWTH_SIZES[0]} stored: ${(large / small).toFixed(2)}x; ${load()}`,
      );
    }
  } finally {
    await dropTarget(target);
  }
}

await main();
