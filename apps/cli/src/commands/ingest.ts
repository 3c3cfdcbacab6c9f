import { basename } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { type SubmittedDump, submitDump } from "@newsdesk/ingest";
import { checkDump, DumpError } from "@newsdesk/parser";
import type { DumpProgress, Store } from "@newsdesk/store";
import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { COMMAND_SUMMARIES } from "../command-summaries.js";
import { readEnv } from "../env.js";
import type { Io } from "../io.js";
import { readInput } from "../read-dump-input.js";
import { openIngestionContext, withUserErrors } from "./ingest-context.js";

export interface IngestCommandOptions {
  wait?: boolean;
  json?: boolean;
}

/** The outcome of `newsdesk ingest --wait`, also printed with `--json`. */
export interface IngestSummary {
  dumps: { id: number; name: string; status: string; error: string | null; created: boolean }[];
  articles: number;
  new: number;
  known: number;
  failed: number;
}

/** `newsdesk ingest FILE...`: registers dumps and queues them; `--wait` sees them through. */
export function registerIngestCommand(program: Command, io: Io): void {
  program
    .command("ingest")
    .description(COMMAND_SUMMARIES.ingest.description)
    .argument("<files...>", "dumps to ingest (- for standard input)")
    .option(
      "--wait",
      "wait until every article is classified, with a progress bar; with no worker running, do the work in this process",
    )
    .option("--json", "with --wait, print the summary as JSON")
    .action(async (files: string[], options: IngestCommandOptions) => {
      process.exitCode = await withUserErrors(io, () => runIngest(files, options, io));
    });
}

/** Runs the command; returns the exit code (1 when a dump or an article failed). */
export async function runIngest(
  files: string[],
  options: IngestCommandOptions,
  io: Io,
): Promise<number> {
  const env = readEnv();
  // Read and check every file first: a missing, empty or document file (PDF, Word...) fails
  // the command before anything is stored or queued, as the web upload refuses it.
  const inputs = await Promise.all(
    files.map(async (file) => {
      const name = file === "-" ? "stdin" : basename(file);
      const content = await readInput(file, io);
      refuseUnusableDump(file === "-" ? "standard input" : file, content);
      return { name, content };
    }),
  );
  // With `npm start` running, the store is its embedded database, served on its socket.
  const context = await openIngestionContext(env, { launchRedis: true });
  try {
    const { store, queues } = context;
    if (!queues) throw new Error("no Redis to queue to");
    const submitted: SubmittedDump[] = [];
    for (const input of inputs) {
      const result = await submitDump(
        { store, ingestQueue: queues.ingest },
        input.name,
        input.content,
      );
      submitted.push(result);
      io.stderr.write(`${describeSubmission(input.name, result)}\n`);
    }
    if (!options.wait) {
      if ((await context.workersRunning()) === 0 && submitted.some((item) => item.queued)) {
        io.stderr.write(
          "no worker is running: start one with `newsdesk worker` (or use --wait).\n",
        );
      }
      return 0;
    }
    if ((await context.workersRunning()) === 0) {
      const worker = context.startLocalWorker();
      await worker.waitUntilReady();
    }
    const ids = submitted.map((item) => item.dump.id);
    const progress = await waitWithProgress(store, ids, io);
    const summary = await summarize(store, submitted, progress);
    io.stdout.write(
      options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary),
    );
    return summary.failed > 0 || summary.dumps.some((dump) => dump.status === "failed") ? 1 : 0;
  } finally {
    await context.close();
  }
}

/** What the worker would refuse anyway, said now and naming the file among several. */
function refuseUnusableDump(source: string, content: Uint8Array): void {
  try {
    checkDump(content);
  } catch (error) {
    if (error instanceof DumpError) {
      throw new DumpError(`${source}: ${error.message} Nothing was queued.`, { cause: error });
    }
    throw error;
  }
}

function describeSubmission(name: string, result: SubmittedDump): string {
  const id = `dump #${result.dump.id} (${name})`;
  if (!result.queued) return `${id}: already ingested, nothing to add`;
  if (result.failedBefore !== undefined) {
    return `${id}: failed before (${result.failedBefore}); queued again, and it fails the same way unless the parser changed`;
  }
  return result.created ? `${id}: queued` : `${id}: seen before, queued again`;
}

function isDone(progress: DumpProgress): boolean {
  return (
    progress.dumpsDone === progress.dumps &&
    progress.classified + progress.classifyFailed >= progress.articles
  );
}

/** Polls the store (whichever process does the work) until the dumps are through. */
async function waitWithProgress(store: Store, dumpIds: number[], io: Io): Promise<DumpProgress> {
  const bar = new SingleBar({
    format: "{phase} [{bar}] {value}/{total} articles | {eta_formatted} left",
    stream: io.stderr,
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 50,
  });
  let progress = await store.dumpProgress(dumpIds);
  bar.start(Math.max(progress.articles, 1), 0, { phase: "parsing" });
  try {
    while (!isDone(progress)) {
      await delay(250);
      progress = await store.dumpProgress(dumpIds);
      const phase = progress.dumpsDone < progress.dumps ? "parsing" : "classifying";
      bar.setTotal(Math.max(progress.articles, 1));
      bar.update(progress.classified + progress.classifyFailed, { phase });
    }
    bar.update(progress.classified + progress.classifyFailed, { phase: "done" });
  } finally {
    bar.stop();
  }
  return progress;
}

async function summarize(
  store: Store,
  submitted: SubmittedDump[],
  progress: DumpProgress,
): Promise<IngestSummary> {
  const dumps = await Promise.all(
    submitted.map(async (item) => {
      const dump = (await store.getDump(item.dump.id)) ?? item.dump;
      return {
        id: dump.id,
        name: dump.name,
        status: dump.status,
        error: dump.error,
        created: item.created,
        newCount: item.created ? (dump.newCount ?? 0) : 0,
      };
    }),
  );
  // Articles first stored by a dump registered in an earlier run are not new now.
  const added = dumps.reduce((sum, dump) => sum + dump.newCount, 0);
  return {
    dumps: dumps.map(({ newCount: _, ...dump }) => dump),
    articles: progress.articles,
    new: added,
    known: progress.articles - added,
    failed: progress.classifyFailed,
  };
}

function formatSummary(summary: IngestSummary): string {
  const lines = [
    `${summary.articles} article${summary.articles === 1 ? "" : "s"}: ${summary.new} new, ${summary.known} already known, ${summary.failed} failed to classify`,
  ];
  for (const dump of summary.dumps) {
    if (dump.status === "failed")
      lines.push(`dump #${dump.id} (${dump.name}) failed: ${dump.error ?? "unknown reason"}`);
  }
  return `${lines.join("\n")}\n`;
}
