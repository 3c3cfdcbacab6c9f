import { countOf } from "@newsdesk/config";
import {
  countLostWork,
  type JobCounts,
  jobCounts,
  type LostWork,
  type Queues,
  RedisNotInstalledError,
} from "@newsdesk/queue";
import type { DumpRow, StoreCounts } from "@newsdesk/store";
import type { Command } from "commander";
import { COMMAND_SUMMARIES } from "../command-summaries.js";
import { readEnv } from "../env.js";
import type { Io } from "../io.js";
import { parseWholeNumber } from "../options.js";
import { renderTable } from "../render-table.js";
import { openIngestionContext, withUserErrors } from "./ingest-context.js";

/** `newsdesk status --json`: at least `articles`, `classified`, `dumps` and `queues`. */
export interface StatusReport {
  articles: number;
  classified: number;
  classifyFailed: number;
  dumps: number;
  /** Null when Redis is not running (nothing is queued then). */
  queues: { ingest: JobCounts; classify: JobCounts } | null;
  /**
   * Why the queues could not be read, and what to do, when there is no Redis to read them
   * from (no REDIS_URL and no redis-server installed); null otherwise.
   */
  queuesUnavailable: string | null;
  /**
   * Work the database holds whose jobs the queues do not (a Redis restarted without
   * persistence): the workers' reconciler queues it again within a minute. Null with no Redis.
   */
  lost: LostWork | null;
  workers: number;
  /** Where the counts come from: the store, or the snapshot of the worker owning PGlite. */
  source: string;
  regions: { id: string; articles: number }[];
  beats: { id: string; articles: number }[];
  recentDumps: Pick<
    DumpRow,
    "id" | "name" | "status" | "error" | "articleCount" | "newCount" | "createdAt"
  >[];
}

/** `newsdesk status [--json]`: queues, stored and classified articles, the last dumps. */
export function registerStatusCommand(program: Command, io: Io): void {
  program
    .command("status")
    .description(COMMAND_SUMMARIES.status.description)
    .option("--json", "print one JSON document")
    .option("--dumps <n>", "how many recent dumps to list", "10")
    .action(async (options: { json?: boolean; dumps: string }) => {
      process.exitCode = await withUserErrors(io, async () => {
        const report = await readStatus(parseWholeNumber(options.dumps, "--dumps", 1, 1000));
        io.stdout.write(
          options.json ? `${JSON.stringify(report, null, 2)}\n` : formatStatus(report),
        );
        return 0;
      });
    });
}

/** Reads the status from the store and the queues. */
export async function readStatus(recent = 10): Promise<StatusReport> {
  const env = readEnv();
  let queuesUnavailable: string | null = null;
  let context: Awaited<ReturnType<typeof openIngestionContext>>;
  try {
    // An embedded Redis that is not running is launched for the moment: its AOF holds the queues.
    context = await openIngestionContext(env, { launchRedis: true });
  } catch (error) {
    // Without Redis the store still answers: its counts, and what to do about the queues.
    if (!(error instanceof RedisNotInstalledError)) throw error;
    queuesUnavailable = error.message;
    context = await openIngestionContext(env, { launchRedis: false });
  }
  try {
    const counts: StoreCounts = await context.store.counts();
    const queues = context.queues ? await queueCounts(context.queues) : null;
    const lost = context.queues ? await countLostWork(context.store, context.queues) : null;
    const dumps = await context.store.recentDumps(recent);
    const report = toReport(
      counts,
      dumps,
      queues,
      await context.workersRunning(),
      context.store.location,
    );
    return { ...report, queuesUnavailable, lost };
  } finally {
    await context.close();
  }
}

async function queueCounts(queues: Queues): Promise<NonNullable<StatusReport["queues"]>> {
  return { ingest: await jobCounts(queues.ingest), classify: await jobCounts(queues.classify) };
}

function toReport(
  counts: StoreCounts,
  dumps: DumpRow[],
  queues: StatusReport["queues"],
  workers: number,
  source: string,
): Omit<StatusReport, "lost" | "queuesUnavailable"> {
  return {
    articles: counts.articles,
    classified: counts.classified,
    classifyFailed: counts.classifyFailed,
    dumps: counts.dumps,
    queues,
    workers,
    source,
    regions: counts.byRegion,
    beats: counts.byBeat,
    recentDumps: dumps.map((dump) => ({
      id: dump.id,
      name: dump.name,
      status: dump.status,
      error: dump.error,
      articleCount: dump.articleCount,
      newCount: dump.newCount,
      createdAt: dump.createdAt,
    })),
  };
}

export function formatStatus(report: StatusReport): string {
  let out = `articles: ${report.articles} stored, ${report.classified} classified`;
  out += report.classifyFailed > 0 ? `, ${report.classifyFailed} failed to classify\n` : "\n";
  out += `dumps: ${report.dumps}; workers running: ${report.workers}; from ${report.source}\n`;
  if (report.queues) {
    const row = (name: string, counts: JobCounts) => [
      name,
      String(counts.waiting),
      String(counts.active),
      String(counts.delayed),
      String(counts.failed),
      String(counts.completed),
    ];
    out += `\n${renderTable(
      ["queue", "waiting", "active", "delayed", "failed", "completed"],
      [row("ingest", report.queues.ingest), row("classify", report.queues.classify)],
    )}`;
    const lost = report.lost;
    if (lost && lost.dumps + lost.articles + lost.deliveries > 0) {
      out += `\nheld by the database, missing from the queues: ${countOf(lost.dumps, "dump")}, ${countOf(lost.articles, "article")}, ${countOf(lost.deliveries, "delivery", "deliveries")} (running workers queue them again within a minute)\n`;
    }
  } else {
    out += `queues: ${report.queuesUnavailable ?? "Redis is not running (start `newsdesk worker` or set REDIS_URL)"}\n`;
  }
  if (report.regions.length > 0) {
    out += `\n${renderTable(
      ["region", "articles"],
      report.regions.map((r) => [r.id, String(r.articles)]),
    )}`;
  }
  if (report.beats.length > 0) {
    out += `\n${renderTable(
      ["beat", "articles"],
      report.beats.map((b) => [b.id, String(b.articles)]),
    )}`;
  }
  if (report.recentDumps.length > 0) {
    out += `\n${renderTable(
      ["#", "dump", "status", "articles", "new", "when / why"],
      report.recentDumps.map((dump) => [
        String(dump.id),
        dump.name,
        dump.status,
        dump.articleCount === null ? "-" : String(dump.articleCount),
        dump.newCount === null ? "-" : String(dump.newCount),
        dump.status === "failed" ? (dump.error ?? "") : new Date(dump.createdAt).toISOString(),
      ]),
    )}`;
  }
  return out;
}
