import { createLogger, untilStopSignal } from "@newsdesk/config";
import { runWorker } from "@newsdesk/ingest";
import type { Command } from "commander";
import { COMMAND_SUMMARIES } from "../command-summaries.js";
import { readEnv } from "../env.js";
import type { Io } from "../io.js";
import { parseWholeNumber } from "../options.js";
import { withUserErrors } from "./ingest-context.js";
import { stopServices } from "./stop-services.js";

export interface WorkerCommandOptions {
  concurrency?: string;
  inbox: boolean;
}

/**
 * `newsdesk worker`: runs the ingest and classify workers and the inbox watcher until SIGINT or
 * SIGTERM, then lets the active jobs finish and closes everything.
 */
export function registerWorkerCommand(program: Command, io: Io): void {
  program
    .command("worker")
    .description(COMMAND_SUMMARIES.worker.description)
    .option("--concurrency <n>", "classify jobs in flight (default CLASSIFY_CONCURRENCY or 100)")
    .option("--no-inbox", "do not watch INBOX_DIR")
    .action(async (options: WorkerCommandOptions) => {
      process.exitCode = await withUserErrors(io, () => runWorkerCommand(options, io));
    });
}

async function runWorkerCommand(options: WorkerCommandOptions, io: Io): Promise<number> {
  const concurrency =
    options.concurrency === undefined
      ? undefined
      : parseWholeNumber(options.concurrency, "--concurrency", 1, 500);
  const env = readEnv(concurrency ? { CLASSIFY_CONCURRENCY: String(concurrency) } : {});
  const log = createLogger(env.LOG_LEVEL, io.stderr);
  const running = await runWorker(env, {
    log,
    // Parse and classify run in worker threads, away from the jobs' lock renewals.
    watchInbox: options.inbox,
  });
  log.info({ pid: process.pid, store: running.store.location }, "worker ready");
  await untilStopSignal(log);
  return await stopServices(io, "The worker", [running]);
}
