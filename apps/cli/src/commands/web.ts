import { createLogger, untilStopSignal } from "@newsdesk/config";
import { runWeb } from "@newsdesk/web";
import type { Command } from "commander";
import { COMMAND_SUMMARIES } from "../command-summaries.js";
import { readEnv } from "../env.js";
import type { Io } from "../io.js";
import { withUserErrors } from "./ingest-context.js";
import { stopServices } from "./stop-services.js";
import { webUrlLines } from "./web-urls.js";

/**
 * `newsdesk web`: the web app alone (subscribe, confirm, preferences, unsubscribe, preview,
 * archive, admin) on PORT, for production against PostgreSQL, Redis and SMTP; any number of
 * them can run behind a load balancer. Stops on SIGINT/SIGTERM after in-flight requests.
 */
export function registerWebCommand(program: Command, io: Io): void {
  program
    .command("web")
    .description(COMMAND_SUMMARIES.web.description)
    .option("--port <n>", "port to listen on (default PORT or 3000)")
    .action(async (options: { port?: string }) => {
      process.exitCode = await withUserErrors(io, async () => {
        const env = readEnv(options.port ? { PORT: options.port } : {});
        const log = createLogger(env.LOG_LEVEL, io.stderr);
        const web = await runWeb(env, { log });
        io.stdout.write(
          [
            "Newsdesk web is running.",
            ...webUrlLines(web.url, env, !env.SMTP_URL),
            "Press Ctrl-C to stop.",
          ]
            .map((line) => `${line}\n`)
            .join(""),
        );
        await untilStopSignal(log);
        return await stopServices(io, "Newsdesk web", [web]);
      });
    });
}
