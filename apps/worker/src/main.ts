import { untilStopSignal } from "@newsdesk/config";
import { InvalidEnvError, parseWorkerEnv } from "./env.js";
import { createLogger } from "./logger.js";
import { loadClassify, parse } from "./pipeline.js";
import { runWorker } from "./run-worker.js";

// The worker process: env -> connections -> workers -> signal handlers -> "ready".
let env: ReturnType<typeof parseWorkerEnv>;
try {
  env = parseWorkerEnv(process.env);
} catch (error) {
  if (!(error instanceof InvalidEnvError)) throw error;
  process.stderr.write(`newsdesk worker: ${error.message}\n`);
  process.exit(2);
}
const log = createLogger(env.LOG_LEVEL);
const running = await runWorker(env, { log, parse, classify: loadClassify() }).catch(
  (error: unknown) => {
    // Start-up errors (no Redis, database busy...) carry a message that says what to do.
    log.fatal({ err: error }, error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
log.info({ pid: process.pid, store: running.store.location }, "worker ready");

await untilStopSignal(log);
try {
  await running.close();
  log.info("stopped");
} catch (error) {
  log.error({ err: error }, "unclean stop");
  process.exitCode = 1;
}
