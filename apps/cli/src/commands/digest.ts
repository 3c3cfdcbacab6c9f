import { setTimeout as delay } from "node:timers/promises";
import { countOf, createLogger } from "@newsdesk/config";
import {
  buildDigestEdition,
  buildEdition,
  type DigestBuildSummary,
  deliveryWorkerFor,
  freezeNotice,
  type ResumedEdition,
  resumeEdition,
  scheduleOf,
  summarizeEdition,
} from "@newsdesk/digest";
import { assertReadyToSend, createTransport } from "@newsdesk/mail";
import { jobCounts } from "@newsdesk/queue";
import type { DeliveryCounts, Store } from "@newsdesk/store";
import type { Command } from "commander";
import { COMMAND_SUMMARIES } from "../command-summaries.js";
import { type CliEnv, readEnv } from "../env.js";
import { OptionError } from "../errors.js";
import type { Io } from "../io.js";
import { parseFrequency } from "../options.js";
import { TEST_SEND_OPTION } from "../test-send-option.js";
import { registerDigestRunCommand } from "./digest-run.js";
import { type IngestionContext, openIngestionContext, withUserErrors } from "./ingest-context.js";

export type { DigestBuildSummary } from "@newsdesk/digest";

export interface DigestBuildOptions {
  frequency: string;
  send?: boolean;
  testSend?: boolean;
  json?: boolean;
}

export interface DigestResumeOptions {
  edition: string;
  testSend?: boolean;
  json?: boolean;
}

/** What `newsdesk digest resume --json` prints. */
export interface DigestResumeSummary extends ResumedEdition {
  deliveredBy: "in-process" | "worker" | "nobody-yet";
  deliveries?: DeliveryCounts | undefined;
}

/** `newsdesk digest build|resume|run`. */
export function registerDigestCommand(program: Command, io: Io): void {
  const digest = program.command("digest").description(COMMAND_SUMMARIES.digest.description);
  digest
    .command("build")
    .description(
      "build the edition of the current period from the stored articles (once per period) and print its sections and audience",
    )
    .option(
      "--frequency <frequency>",
      "daily (the period from the last DIGEST_HOUR) or weekly (from the last DIGEST_WEEKDAY at that hour)",
      "daily",
    )
    .option(
      "--send",
      "freeze the audience (every active subscriber of the frequency, whatever their time zone) and queue one email each; with no digest running on the embedded database, deliver them in this process",
    )
    .option(...TEST_SEND_OPTION)
    .option("--json", "print the summary as JSON")
    .action(async (options: DigestBuildOptions) => {
      process.exitCode = await withUserErrors(io, () => runDigestBuild(options, io));
    });
  digest
    .command("resume")
    .description(
      "resume an edition that paused itself after too many failed deliveries, and queue the deliveries it held",
    )
    .requiredOption("--edition <id>", "the paused edition (its id is in the digest's log)")
    .option(...TEST_SEND_OPTION)
    .option("--json", "print the outcome as JSON")
    .action(async (options: DigestResumeOptions) => {
      process.exitCode = await withUserErrors(io, () => runDigestResume(options, io));
    });
  registerDigestRunCommand(digest, io);
}

/** Runs `digest build`; returns the exit code (1 when some deliveries failed). */
export async function runDigestBuild(options: DigestBuildOptions, io: Io): Promise<number> {
  const frequency = parseFrequency(options.frequency);
  const send = options.send === true;
  const env = readEnv();
  // Before the audience is frozen: real sending needs https links and DKIM.
  if (send) assertReadyToSend(env, { testMode: options.testSend });
  // With `npm start` running, the store is its embedded database, served on its socket, and
  // its digest delivers what this queues.
  const context = await openIngestionContext(env, { launchRedis: send });
  let summary: DigestBuildSummary;
  try {
    summary = await buildHere(context, env, frequency, send, io);
  } finally {
    await context.close();
  }
  if (summary.send && summary.edition) {
    io.stderr.write(
      `edition #${summary.edition.id}: ${countOf(summary.send.created, "new delivery", "new deliveries")}, ${summary.send.queued} queued\n`,
    );
    // An early send leaves the rest of the period to the next edition: say so, every time.
    io.stderr.write(`${freezeNotice(summary.edition, scheduleOf(env))}\n`);
    if (summary.send.paused) io.stderr.write(`${pausedHint(summary.edition.id)}\n`);
  }
  io.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : format(summary));
  const failed = (summary.send?.deliveries?.failed ?? 0) + (summary.send?.deliveries?.bounced ?? 0);
  return failed > 0 ? 1 : 0;
}

async function buildHere(
  context: IngestionContext,
  env: CliEnv,
  frequency: "daily" | "weekly",
  send: boolean,
  io: Io,
): Promise<DigestBuildSummary> {
  const { store, queues } = context;
  const now = new Date();
  const schedule = scheduleOf(env);
  if (!send) {
    const built = await buildDigestEdition(store, frequency, now, schedule);
    return summarizeEdition(store, built, frequency, { publicUrl: env.PUBLIC_URL });
  }
  if (!queues) throw new Error("no Redis to queue to");
  const summary = await buildEdition(
    { frequency, send },
    { store, deliverQueue: queues.deliver, schedule, now, publicUrl: env.PUBLIC_URL },
  );
  if (summary.send?.deliveredBy !== "nobody-yet" || !summary.edition || summary.send.paused) {
    return summary;
  }
  const delivered = await deliverHere(context, env, summary.edition.id, io);
  if (!delivered) return summary;
  return {
    ...summary,
    audience: delivered.total,
    send: { ...summary.send, deliveredBy: "in-process", deliveries: delivered },
  };
}

/** Runs `digest resume --edition ID`; returns the exit code (1 when deliveries failed again). */
export async function runDigestResume(options: DigestResumeOptions, io: Io): Promise<number> {
  const editionId = Number(options.edition);
  if (!Number.isInteger(editionId) || editionId <= 0) {
    throw new OptionError(
      `--edition ${JSON.stringify(options.edition)}: give the paused edition's id, a number such as 12`,
    );
  }
  const env = readEnv();
  assertReadyToSend(env, { testMode: options.testSend });
  const context = await openIngestionContext(env, { launchRedis: true });
  let outcome: DigestResumeSummary;
  try {
    const { store, queues } = context;
    if (!queues) throw new Error("no Redis to queue to");
    const resumed = await resumeEdition({ store, deliverQueue: queues.deliver }, editionId);
    outcome = { ...resumed, deliveredBy: "worker" };
    if (resumed.queued > 0 && (await queues.deliver.getWorkersCount()) === 0) {
      const deliveries = await deliverHere(context, env, editionId, io);
      outcome = deliveries
        ? { ...resumed, deliveredBy: "in-process", deliveries }
        : { ...resumed, deliveredBy: "nobody-yet" };
    }
  } finally {
    await context.close();
  }
  io.stdout.write(options.json ? `${JSON.stringify(outcome, null, 2)}\n` : formatResume(outcome));
  const d = outcome.deliveries;
  return d && d.failed + d.bounced > 0 ? 1 : 0;
}

/**
 * Delivers the edition's queued emails in this process when no digest runs to take them (none
 * is connected to the deliver queue). Undefined (with a hint) when
 * the store is PostgreSQL: a digest process should send them.
 */
async function deliverHere(
  context: IngestionContext,
  env: CliEnv,
  editionId: number,
  io: Io,
): Promise<DeliveryCounts | undefined> {
  const { store, queues, redisUrl } = context;
  if (!queues || !redisUrl) throw new Error("no Redis to queue to");
  if (store.db.kind !== "pglite") {
    io.stderr.write(
      "no digest worker is running: start one (`npx newsdesk digest run`) to send them.\n",
    );
    return undefined;
  }
  const mailer = createTransport(env);
  const worker = await deliveryWorkerFor(env, {
    redisUrl,
    store,
    mailer,
    log: createLogger(env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL),
  });
  try {
    await worker.waitUntilReady();
    const deliveries = await waitForDeliveries(store, queues.deliver, editionId);
    io.stderr.write(
      `delivered in this process (${mailer.kind === "outbox" ? `outbox: ${mailer.location}` : mailer.location})\n`,
    );
    const edition = await store.getEdition(editionId);
    if (edition?.status === "paused") io.stderr.write(`${pausedHint(editionId)}\n`);
    return deliveries;
  } finally {
    await worker.close();
    mailer.close();
  }
}

/**
 * Until no delivery of the edition is pending, or no job is left that could change that (a
 * retry waiting out its backoff counts as left; a paused edition's rows stay queued with no
 * job). Reads the store, like `ingest --wait`.
 */
async function waitForDeliveries(
  store: Store,
  queue: Parameters<typeof jobCounts>[0],
  editionId: number,
): Promise<DeliveryCounts> {
  for (;;) {
    const counts = await store.deliveryCounts(editionId);
    if (counts.queued + counts.sending === 0) return counts;
    const jobs = await jobCounts(queue);
    if (jobs.waiting + jobs.active + jobs.delayed === 0) return counts;
    await delay(100);
  }
}

function pausedHint(editionId: number): string {
  return `edition #${editionId} is paused: too many of its deliveries failed (see the digest's log for why). Fix the cause, then run \`npx newsdesk digest resume --edition ${editionId}\``;
}

function formatResume(outcome: DigestResumeSummary): string {
  if (!outcome.resumed) {
    return `edition #${outcome.editionId} is ${outcome.status}, not paused: nothing to resume\n`;
  }
  const d = outcome.deliveries;
  const tail = d
    ? `sent: ${d.sent}, failed: ${d.failed}, bounced: ${d.bounced}, skipped: ${d.skipped}, still pending: ${d.queued + d.sending}`
    : outcome.deliveredBy === "worker"
      ? "a running digest worker sends them"
      : "start a digest worker to send them";
  return `edition #${outcome.editionId} resumed: ${countOf(outcome.queued, "delivery", "deliveries")} queued again (${tail})\n`;
}

function format(summary: DigestBuildSummary): string {
  if (!summary.edition) {
    return `nothing new: no classified article came in this period, so there is no edition to send (${countOf(summary.audience, "subscriber")} waiting)\n`;
  }
  const { edition } = summary;
  const lines = [
    `edition #${edition.id} (${edition.frequency}, ${edition.periodStart} .. ${edition.periodEnd}), ${edition.status}${edition.frozen ? ", audience frozen" : ""}: ${countOf(edition.articles, "story", "stories")}`,
  ];
  for (const section of summary.sections) {
    lines.push(
      `  ${section.name}: ${countOf(section.stories, "story", "stories")}${section.more > 0 ? ` (${section.more} more on the archive page)` : ""}`,
    );
    for (const headline of section.headlines.slice(0, 3)) lines.push(`    - ${headline}`);
  }
  if (summary.email) {
    const { stories, trimmed } = summary.email;
    lines.push(
      `email with every region: ${countOf(stories, "story", "stories")}${trimmed ? `, ${trimmed.storiesLeftOut} left out to stay under Gmail's clipping size` : ""}`,
    );
    for (const warning of summary.email.warnings) lines.push(`  ! ${warning}`);
  }
  lines.push(`audience: ${countOf(summary.audience, "subscriber")}`);
  if (summary.send) {
    const d = summary.send.deliveries;
    lines.push(
      d
        ? `sent: ${d.sent}, failed: ${d.failed}, bounced: ${d.bounced}, skipped: ${d.skipped}, still pending: ${d.queued + d.sending}`
        : `queued ${countOf(summary.send.queued, "delivery", "deliveries")} (${summary.send.deliveredBy === "worker" ? "a running digest worker sends them" : "start a digest worker to send them"})`,
    );
  }
  return `${lines.join("\n")}\n`;
}
