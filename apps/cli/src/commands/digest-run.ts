import { createLogger, untilStopSignal } from "@newsdesk/config";
import { runDigest } from "@newsdesk/digest";
import type { Command } from "commander";
import { readEnv } from "../env.js";
import type { Io } from "../io.js";
import { TEST_SEND_OPTION } from "../test-send-option.js";
import { withUserErrors } from "./ingest-context.js";
import { stopServices } from "./stop-services.js";

/**
 * `newsdesk digest run`: a digest process (deliveries, schedule ticks, and the unsubscribe
 * mailbox when UNSUBSCRIBE_SMTP_PORT is set); any number can run against the same Redis and
 * PostgreSQL. Stops on SIGINT/SIGTERM after the jobs in flight.
 */
export function registerDigestRunCommand(digest: Command, io: Io): void {
  digest
    .command("run")
    .description("run the digest: deliver editions, send each subscriber's on schedule")
    .option(...TEST_SEND_OPTION)
    .action(async (options: { testSend?: boolean }) => {
      process.exitCode = await withUserErrors(io, async () => {
        const env = readEnv();
        const log = createLogger(env.LOG_LEVEL, io.stderr);
        const running = await runDigest(env, { log, testMode: options.testSend });
        log.info(
          {
            pid: process.pid,
            store: running.store.location,
            mail: running.mailer.kind,
            unsubscribeMailbox: running.mailbox?.port,
          },
          "digest ready",
        );
        await untilStopSignal(log);
        return await stopServices(io, "The digest", [running]);
      });
    });
}
