import { untilStopSignal } from "@newsdesk/config";
import { InvalidDigestEnvError, parseDigestEnv } from "./env.js";
import { createLogger } from "./logger.js";
import { runDigest } from "./run-digest.js";

// The digest process: env -> connections -> deliver worker -> signal handlers -> "ready".
let env: ReturnType<typeof parseDigestEnv>;
try {
  env = parseDigestEnv(process.env);
} catch (error) {
  if (!(error instanceof InvalidDigestEnvError)) throw error;
  process.stderr.write(`newsdesk digest: ${error.message}\n`);
  process.exit(2);
}
const log = createLogger(env.LOG_LEVEL);
const running = await runDigest(env, { log }).catch((error: unknown) => {
  // Start-up errors (no Redis, database busy, bad DKIM key...) say what to do.
  log.fatal({ err: error }, error instanceof Error ? error.message : String(error));
  process.exit(2);
});
log.info(
  { pid: process.pid, store: running.store.location, mail: running.mailer.kind },
  "digest ready",
);

await untilStopSignal(log);
try {
  await running.close();
  log.info("stopped");
} catch (error) {
  log.error({ err: error }, "unclean stop");
  process.exitCode = 1;
}
