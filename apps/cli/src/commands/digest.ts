import { setTimeout as delay } from "node:timers/promises";
import {
  type BuiltDigestEdition,
  buildDigestEdition,
  createLogger,
  deliveryWorkerFor,
  type PreparedEdition,
  prepareEdition,
} from "@newsdesk/digest";
import { createTransport } from "@newsdesk/mail";
import type { Frequency } from "@newsdesk/newsletter";
import { jobCounts } from "@newsdesk/queue";
import type { DeliveryCounts, Store } from "@newsdesk/store";
import type { Command } from "commander";
import { type CliEnv, readEnv } from "../env.js";
import type { Io } from "../io.js";
import { parseFrequency } from "../options.js";
import { type IngestionContext, openIngestionContext, withUserErrors } from "./ingest-context.js";

export interface DigestBuildOptions {
  frequency: string;
  send?: boolean;
  json?: boolean;
}

/** What `newsdesk digest build` prints (`--json`: this document). */
export interface DigestBuildSummary {
  edition: {
    id: number;
    frequency: Frequency;
    periodStart: string;
    periodEnd: string;
    status: string;
    articles: number;
    /** This build stored it (false: it was there, and was refreshed or frozen). */
    created: boolean;
    /** It had been prepared before: content and audience were left as they were. */
    frozen: boolean;
  } | null;
  sections: { region: string; name: string; stories: number; headlines: string[] }[];
  /** Who gets it: the frozen deliveries once prepared, else the active subscribers now. */
  audience: number;
  send?: {
    created: number;
    queued: number;
    /** `in-process` when this command delivered them, `worker` when a running worker does. */
    deliveredBy: "in-process" | "worker" | "nobody-yet";
    deliveries?: DeliveryCounts | undefined;
  };
}

/** `newsdesk digest build --frequency daily|weekly [--send] [--json]`. */
export function registerDigestCommand(program: Command, io: Io): void {
  const digest = program.command("digest").description("build and send digest editions");
  digest
    .command("build")
    .description(
      "build the edition of the current period from the stored articles (once per period) and print its sections and audience",
    )
    .option("--frequency <frequency>", "daily (last 24 hours) or weekly (last 7 days)", "daily")
    .option(
      "--send",
      "freeze the audience and queue one email per subscriber; with no worker running on the embedded database, deliver them in this process",
    )
    .option("--json", "print the summary as JSON")
    .action(async (options: DigestBuildOptions) => {
      process.exitCode = await withUserErrors(io, () => runDigestBuild(options, io));
    });
}

/** Runs `digest build`; returns the exit code (1 when some deliveries failed). */
export async function runDigestBuild(options: DigestBuildOptions, io: Io): Promise<number> {
  const frequency = parseFrequency(options.frequency);
  const env = readEnv();
  const context = await openIngestionContext(env, { launchRedis: options.send === true });
  try {
    const built = await buildDigestEdition(context.store, frequency, new Date());
    const summary = await summarize(context.store, built, frequency);
    if (built && options.send) {
      summary.send = await send(context, env, built, io);
      summary.audience = summary.send.deliveries?.total ?? summary.audience;
    }
    io.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : format(summary));
    const failed =
      (summary.send?.deliveries?.failed ?? 0) + (summary.send?.deliveries?.bounced ?? 0);
    return failed > 0 ? 1 : 0;
  } finally {
    await context.close();
  }
}

async function summarize(
  store: Store,
  built: BuiltDigestEdition | null,
  frequency: Frequency,
): Promise<DigestBuildSummary> {
  if (!built) return { edition: null, sections: [], audience: await store.audienceSize(frequency) };
  const { row, edition } = built;
  const audience =
    row.status === "prepared"
      ? (await store.deliveryCounts(row.id)).total
      : await store.audienceSize(frequency);
  return {
    edition: {
      id: row.id,
      frequency,
      periodStart: edition.periodStart.toISOString(),
      periodEnd: edition.periodEnd.toISOString(),
      status: row.status,
      articles: row.articleCount,
      created: built.created,
      frozen: built.frozen,
    },
    sections: edition.sections.map((section) => ({
      region: section.region,
      name: section.name,
      stories: section.items.length,
      headlines: section.items.map((item) => item.headline),
    })),
    audience,
  };
}

async function send(
  context: IngestionContext,
  env: CliEnv,
  built: BuiltDigestEdition,
  io: Io,
): Promise<NonNullable<DigestBuildSummary["send"]>> {
  const { store, queues, redisUrl } = context;
  if (!queues || !redisUrl) throw new Error("no Redis to queue to");
  const prepared: PreparedEdition = await prepareEdition(
    { store, deliverQueue: queues.deliver },
    built.row.id,
  );
  io.stderr.write(
    `edition #${built.row.id}: ${prepared.created} new deliveries, ${prepared.queued} queued\n`,
  );
  if ((await queues.deliver.getWorkersCount()) > 0) {
    return { ...prepared, deliveredBy: "worker" };
  }
  if (store.db.kind !== "pglite") {
    io.stderr.write(
      "no digest worker is running: start one (`node apps/digest/dist/main.js`) to send them.\n",
    );
    return { ...prepared, deliveredBy: "nobody-yet" };
  }
  // The embedded database is ours: nobody else can send them, so this process does.
  const mailer = createTransport(env);
  const worker = await deliveryWorkerFor(env, {
    redisUrl,
    store,
    mailer,
    log: createLogger(env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL),
  });
  try {
    await worker.waitUntilReady();
    const deliveries = await waitForDeliveries(store, queues.deliver, built.row.id);
    io.stderr.write(
      `delivered in this process (${mailer.kind === "outbox" ? `outbox: ${mailer.location}` : mailer.location})\n`,
    );
    return { ...prepared, deliveredBy: "in-process", deliveries };
  } finally {
    await worker.close();
    mailer.close();
  }
}

/**
 * Until no delivery of the edition is pending, or no job is left that could change that (a
 * retry waiting out its backoff counts as left). Reads the store, like `ingest --wait`.
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

function format(summary: DigestBuildSummary): string {
  if (!summary.edition) {
    return `nothing new: no classified article came in this period, so there is no edition to send (${summary.audience} subscribers waiting)\n`;
  }
  const { edition } = summary;
  const lines = [
    `edition #${edition.id} (${edition.frequency}, ${edition.periodStart} .. ${edition.periodEnd}), ${edition.status}${edition.frozen ? ", audience frozen" : ""}: ${edition.articles} articles`,
  ];
  for (const section of summary.sections) {
    lines.push(
      `  ${section.name}: ${section.stories} ${section.stories === 1 ? "story" : "stories"}`,
    );
    for (const headline of section.headlines.slice(0, 3)) lines.push(`    - ${headline}`);
  }
  lines.push(`audience: ${summary.audience} subscriber${summary.audience === 1 ? "" : "s"}`);
  if (summary.send) {
    const d = summary.send.deliveries;
    lines.push(
      d
        ? `sent: ${d.sent}, failed: ${d.failed}, bounced: ${d.bounced}, skipped: ${d.skipped}, still pending: ${d.queued + d.sending}`
        : `queued ${summary.send.queued} deliveries (${summary.send.deliveredBy === "worker" ? "a running digest worker sends them" : "start a digest worker to send them"})`,
    );
  }
  return `${lines.join("\n")}\n`;
}
