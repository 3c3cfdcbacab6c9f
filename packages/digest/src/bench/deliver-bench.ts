import { createLogger } from "@newsdesk/config";
import { createTransport } from "@newsdesk/mail";
import type { Segment } from "@newsdesk/newsletter";
import type { DeliverPayload } from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import type { Queue } from "bullmq";
import { buildDigestEdition } from "../edition/build-digest-edition.js";
import { prepareEdition } from "../edition/prepare-edition.js";
import { createDeliveryWorker } from "../workers/create-delivery-worker.js";

export interface DeliverBenchOptions {
  redisUrl: string;
  prefix: string;
  smtpUrl: string;
  concurrency: number;
  connections: number;
}

export interface DeliverFigures {
  messages: number;
  failed: number;
  seconds: number;
  perSecond: number;
  /**
   * This process's CPU per job (queue, store, render cache, fill, MIME, SMTP client): on a
   * busy machine wall-clock rates mislead, and 1000 / this is what one free core sends.
   */
  cpuMsPerMessage: number;
}

/**
 * Sends this week's edition to every weekly subscriber through a deliver worker in this process
 * and pooled SMTP to the sink, and times it from queueing to the last job done. The segments
 * are compiled first, so the figure is the steady sending rate.
 */
export async function benchDeliver(
  deps: { store: Store; deliverQueue: Queue<DeliverPayload> },
  segments: readonly Segment[],
  options: DeliverBenchOptions,
): Promise<DeliverFigures> {
  const { store } = deps;
  const built = await buildDigestEdition(store, "weekly", new Date());
  if (!built) throw new Error("the bench's articles made no weekly edition");
  const mailer = createTransport({
    SMTP_URL: options.smtpUrl,
    DATA_DIR: "/nonexistent",
    SMTP_MAX_CONNECTIONS: options.connections,
    MAIL_RATE_PER_SECOND: 10_000,
    MAIL_FROM: "Newsdesk <digest@news.example.org>",
  });
  const delivery = createDeliveryWorker({
    redisUrl: options.redisUrl,
    prefix: options.prefix,
    store,
    mailer,
    log: createLogger("warn"),
    publicUrl: "https://news.example.org",
    secret: "bench-secret-0123456789",
    mailDomain: "news.example.org",
    concurrency: options.concurrency,
    ratePerSecond: 10_000,
  });
  try {
    await delivery.waitUntilReady();
    for (const segment of segments) await delivery.segments.get(built.row.id, segment);
    const total = await store.audienceSize("weekly");
    let completed = 0;
    let failed = 0;
    const done = new Promise<void>((resolve) => {
      const check = () => {
        if (completed + failed >= total) resolve();
      };
      delivery.worker.on("completed", () => {
        completed++;
        check();
      });
      delivery.worker.on("failed", (job, error) => {
        if (error.name === "UnrecoverableError" || (job?.attemptsMade ?? 0) >= 9) failed++;
        check();
      });
    });
    const started = performance.now();
    const cpu = process.cpuUsage();
    await prepareEdition(deps, built.row.id);
    await done;
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    return {
      messages: completed,
      failed,
      seconds,
      perSecond: completed / seconds,
      cpuMsPerMessage: (used.user + used.system) / 1000 / Math.max(completed, 1),
    };
  } finally {
    await delivery.close();
    mailer.close();
  }
}
