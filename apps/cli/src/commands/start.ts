import { existsSync } from "node:fs";
import { copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createLogger, untilStopSignal } from "@newsdesk/config";
import { runDigest } from "@newsdesk/digest";
import { runWorker } from "@newsdesk/ingest";
import { runWeb } from "@newsdesk/web";
import type { Command } from "commander";
import { COMMAND_SUMMARIES } from "../command-summaries.js";
import { readEnv } from "../env.js";
import type { Io } from "../io.js";
import { TEST_SEND_OPTION } from "../test-send-option.js";
import { withUserErrors } from "./ingest-context.js";
import { stopServices } from "./stop-services.js";
import { webUrlLines } from "./web-urls.js";

const DUMP_EXTENSIONS = /\.(?:txt|json|ndjson|jsonl)$/i;
const SEEDED_MARK = "samples-ingested";

/**
 * `newsdesk start`: the whole system in one process on embedded defaults (a launched
 * redis-server, PGlite, the outbox): the ingestion worker with its inbox watcher and the
 * delivery worker, and the web app on PORT; on its first start it ingests the demo dumps. The
 * unsubscribe mailbox runs only when UNSUBSCRIBE_SMTP_PORT is set: on a laptop no mail server
 * delivers the digests' mailto to it, so an SMTP port open by default would only be in the way.
 */
export function registerStartCommand(program: Command, io: Io): void {
  program
    .command("start")
    .description(COMMAND_SUMMARIES.start.description)
    .option("--samples <dir>", "folder of demo dumps to ingest on first start", "samples")
    .option(...TEST_SEND_OPTION)
    .action(async (options: { samples: string; testSend?: boolean }) => {
      process.exitCode = await withUserErrors(io, async () => {
        const env = readEnv();
        const log = createLogger(env.LOG_LEVEL, io.stderr);
        const running = await runWorker(env, { log });
        // Delivery runs beside ingestion, on the same store and Redis (PGlite has one owner).
        const digest = await runDigest(env, {
          log,
          testMode: options.testSend,
          shared: { redisUrl: running.redisUrl, store: running.store },
        }).catch(async (error: unknown) => {
          await running.close();
          throw error;
        });
        // The web app too, on the same store, Redis and mail transport.
        const web = await runWeb(env, {
          log,
          shared: { redisUrl: running.redisUrl, store: running.store, mailer: digest.mailer },
        }).catch(async (error: unknown) => {
          await digest.close();
          await running.close();
          throw error;
        });
        const seeded = await seedSamples(options.samples, env.INBOX_DIR, env.DATA_DIR);
        io.stdout.write(
          [
            "Newsdesk is running.",
            `  queues   ${running.redisUrl}`,
            `  store    ${running.store.location}`,
            `  mail     ${digest.mailer.kind === "outbox" ? `outbox: .eml files in ${digest.mailer.location}` : digest.mailer.location}`,
            `  inbox    ${env.INBOX_DIR}  (drop dumps here; done/ and failed/ say how they went)`,
            seeded > 0
              ? `  samples  ${seeded} demo dumps from ${options.samples} are being ingested`
              : "",
            ...webUrlLines(web.url, env, digest.mailer.kind === "outbox"),
            digest.mailbox
              ? `  mailbox  smtp://${digest.mailbox.host}:${digest.mailbox.port}  (unsubscribe requests to ${digest.mailbox.address})`
              : "  mailbox  off  (to take unsubscribe requests by email: UNSUBSCRIBE_SMTP_PORT=2525 npm start)",
            "  status   npx newsdesk status   (in another terminal)",
            "Press Ctrl-C to stop.",
          ]
            .filter(Boolean)
            .map((line) => `${line}\n`)
            .join(""),
        );
        await untilStopSignal(log);
        return await stopServices(io, "Newsdesk", [web, digest, running]);
      });
    });
}

/**
 * Copies the demo dumps into the inbox once per data folder, so they go the way any dropped
 * dump goes. Returns how many were copied.
 */
async function seedSamples(samplesDir: string, inboxDir: string, dataDir: string): Promise<number> {
  const mark = join(dataDir, SEEDED_MARK);
  if (existsSync(mark) || !existsSync(samplesDir)) return 0;
  const files = (await readdir(samplesDir)).filter(
    (name) => DUMP_EXTENSIONS.test(name) && !name.includes(".truth."),
  );
  await mkdir(inboxDir, { recursive: true });
  for (const name of files) await copyFile(join(samplesDir, name), join(inboxDir, name));
  await mkdir(dataDir, { recursive: true });
  await writeFile(mark, `${new Date().toISOString()}\n`);
  return files.length;
}
