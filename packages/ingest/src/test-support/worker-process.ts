// A bare worker process for the crash test and the bench; people start one with `newsdesk worker`.
import { createLogger, runProcess } from "@newsdesk/config";
import { parseWorkerEnv } from "../env.js";
import { loadClassify, parse } from "../pipeline/pipeline.js";
import { runWorker } from "../worker/run-worker.js";

// env -> connections -> workers -> signal handlers -> "ready".
await runProcess({
  name: "worker",
  parseEnv: parseWorkerEnv,
  createLogger: (level) => createLogger(level),
  // Start-up errors (no Redis, database busy...) carry a message that says what to do.
  start: (env, log) => runWorker(env, { log, parse, classify: loadClassify() }),
  describe: (running) => ({ store: running.store.location }),
});
