import { fileURLToPath } from "node:url";
import { threadExecArgv } from "@newsdesk/config";
import { Piscina } from "piscina";
import { BadDumpError } from "../pipeline/pipeline-types.js";
import type { ParseAnswer } from "./cpu-tasks.js";
import type { CpuWork } from "./cpu-work.js";

/**
 * The parser and the classifier in worker threads (piscina), so a large dump parsed or a batch
 * classified never holds the event loop that renews the jobs' locks in Redis: BullMQ fails a job
 * whose lock lapses ("Missing lock for job"). Threads rather than BullMQ's sandboxed processor:
 * a sandbox runs the whole job, database included, and with PGlite only the main thread owns
 * the database; the classify jobs in flight also share one read and one write, which a sandbox
 * per job would undo. Each thread loads the classifier's data once.
 */
export function createCpuPool(options: { threads?: number | undefined } = {}): CpuWork {
  const threads = Math.max(1, options.threads ?? 1);
  const pool = new Piscina({
    filename: cpuTasksFile(),
    execArgv: threadExecArgv(),
    minThreads: threads,
    maxThreads: threads,
    // Idle threads stay: loading the classifier again costs more than keeping it.
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return {
    async parse(content) {
      const answer: ParseAnswer = await pool.run(content, { name: "parse" });
      if (!answer.ok) throw new BadDumpError(answer.badDump);
      return { articles: answer.articles, warnings: answer.warnings };
    },
    classify(articles) {
      return pool.run(articles, { name: "classify" });
    },
    async close() {
      await pool.destroy();
    },
  };
}

/**
 * The tasks' module as built JavaScript: a thread cannot load TypeScript, so when this file
 * runs from `src/` (vitest) the thread loads its sibling in `dist/` (the test script builds it).
 */
export function cpuTasksFile(moduleUrl: string = import.meta.url): string {
  const file = fileURLToPath(new URL("./cpu-tasks.js", moduleUrl));
  return moduleUrl.endsWith(".ts")
    ? file.replace(/([\\/])src([\\/])(?!.*[\\/]src[\\/])/, "$1dist$2")
    : file;
}
