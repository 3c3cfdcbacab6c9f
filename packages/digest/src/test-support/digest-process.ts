// A bare digest process for the crash test and the bench; people start one with `newsdesk digest run`.
import { createLogger, runProcess } from "@newsdesk/config";
import { parseDigestEnv } from "../env.js";
import { runDigest } from "../run-digest.js";

// env -> connections -> deliver and schedule workers (and the unsubscribe
// mailbox, when configured) -> signal handlers.
await runProcess({
  name: "digest",
  parseEnv: parseDigestEnv,
  createLogger: (level) => createLogger(level),
  // Start-up errors (no Redis, database busy, bad DKIM key...) say what to do.
  start: (env, log) => runDigest(env, { log }),
  describe: (running) => ({
    store: running.store.location,
    mail: running.mailer.kind,
    unsubscribeMailbox: running.mailbox?.port,
  }),
});
