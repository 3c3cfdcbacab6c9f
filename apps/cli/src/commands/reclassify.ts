import { setTimeout as delay } from "node:timers/promises";
import { enqueueClassify, jobCounts } from "@newsdesk/queue";
import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { COMMAND_SUMMARIES } from "../command-summaries.js";
import { readEnv } from "../env.js";
import type { Io } from "../io.js";
import { openIngestionContext, withUserErrors } from "./ingest-context.js";

const PAGE = 5_000;

/**
 * `newsdesk reclassify`: queues every stored article for classification again (after the
 * taxonomy changed). Its jobs carry a run id of their own, so they are not merged with older ones.
 */
export function registerReclassifyCommand(program: Command, io: Io): void {
  program
    .command("reclassify")
    .description(COMMAND_SUMMARIES.reclassify.description)
    .option(
      "--wait",
      "wait until the classify queue is empty; with no worker running, do the work here",
    )
    .action(async (options: { wait?: boolean }) => {
      process.exitCode = await withUserErrors(io, () => runReclassify(options, io));
    });
}

export async function runReclassify(options: { wait?: boolean }, io: Io): Promise<number> {
  const env = readEnv();
  const context = await openIngestionContext(env, { launchRedis: true });
  try {
    const { store, queues } = context;
    if (!queues) throw new Error("no Redis to queue to");
    const run = `r${Date.now().toString(36)}`;
    let queued = 0;
    for (let after = 0; ; ) {
      const ids = await store.articleIdsAfter(after, PAGE);
      if (ids.length === 0) break;
      queued += await enqueueClassify(queues.classify, ids, { run });
      after = ids[ids.length - 1] as number;
    }
    io.stderr.write(
      `${queued} article${queued === 1 ? "" : "s"} queued for classification (run ${run})\n`,
    );
    if (!options.wait || queued === 0) {
      if (queued > 0 && (await context.workersRunning()) === 0) {
        io.stderr.write(
          "no worker is running: start one with `newsdesk worker` (or use --wait).\n",
        );
      }
      return 0;
    }
    if ((await context.workersRunning()) === 0) await context.startLocalWorker().waitUntilReady();
    const bar = new SingleBar({
      format: "classifying [{bar}] {value}/{total} articles | {eta_formatted} left",
      stream: io.stderr,
      hideCursor: true,
    });
    bar.start(queued, 0);
    const failedBefore = (await jobCounts(queues.classify)).failed;
    let counts = await jobCounts(queues.classify);
    // The queue may hold other jobs too: it is empty when this run's are done.
    while (counts.waiting + counts.active + counts.delayed > 0) {
      bar.update(Math.max(0, queued - (counts.waiting + counts.active + counts.delayed)));
      await delay(250);
      counts = await jobCounts(queues.classify);
    }
    bar.update(queued);
    bar.stop();
    const failed = counts.failed - failedBefore;
    io.stdout.write(
      `${queued - Math.max(0, failed)} reclassified, ${Math.max(0, failed)} failed\n`,
    );
    return failed > 0 ? 1 : 0;
  } finally {
    await context.close();
  }
}
