import { createTransport, type Mailer } from "@newsdesk/mail";
import type { Store } from "@newsdesk/store";
import { createDeliveryWorker, type DeliveryWorker } from "./create-delivery-worker.js";
import { createDigestWorker, type DigestWorker } from "./create-digest-worker.js";
import { type DigestEnv, failurePolicyOf, scheduleOf } from "./env.js";
import type { Logger } from "./logger.js";
import { Cleanup, openConnections } from "./open-connections.js";
import { loadSecret, mailDomainOf } from "./signed-links.js";

export interface RunningDigest {
  redisUrl: string;
  store: Store;
  mailer: Mailer;
  deliveries: DeliveryWorker;
  /** Schedule ticks, and the builds and resumes commands hand over. */
  schedules: DigestWorker;
  /** Graceful stop: the workers (active jobs finish), then the mail pool, store and Redis. */
  close(): Promise<void>;
}

/** `PUBLIC_URL`, or the local web app's address. */
export function publicUrlOf(env: Pick<DigestEnv, "PUBLIC_URL" | "PORT">): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

/**
 * The deliver worker as the environment configures it; `runDigest` and a command that
 * delivers in its own process both start it this way.
 */
export async function deliveryWorkerFor(
  env: DigestEnv,
  deps: { redisUrl: string; store: Store; mailer: Mailer; log: Logger },
): Promise<DeliveryWorker> {
  return createDeliveryWorker({
    ...deps,
    prefix: env.QUEUE_PREFIX,
    publicUrl: publicUrlOf(env),
    secret: await loadSecret(env.SECRET, env.DATA_DIR),
    mailDomain: mailDomainOf(env.MAIL_FROM),
    concurrency: env.DELIVER_CONCURRENCY,
    ratePerSecond: env.MAIL_RATE_PER_SECOND,
    bounceLimit: env.BOUNCE_LIMIT,
    failurePolicy: failurePolicyOf(env),
    lockDurationMs: env.JOB_LOCK_MS,
  });
}

/** The `digest` queue's worker (schedules, handed-over builds) as the environment configures it. */
export function digestWorkerFor(
  env: DigestEnv,
  deps: { redisUrl: string; store: Store; log: Logger },
): DigestWorker {
  return createDigestWorker({
    ...deps,
    prefix: env.QUEUE_PREFIX,
    schedule: scheduleOf(env),
    lockDurationMs: env.JOB_LOCK_MS,
  });
}

/** What a process that already runs the ingestion worker lends the digest: its connections. */
export interface SharedConnections {
  redisUrl: string;
  store: Store;
}

/**
 * Wires one digest process: Redis (REDIS_URL, or the embedded redis-server), the store
 * (DATABASE_URL, or PGlite), the mail transport (SMTP_URL, or the outbox), the deliver worker
 * and the `digest` worker, which upserts the schedule and builds editions when their hour comes.
 * With `shared`, it runs beside the ingestion worker in one process (`newsdesk start`): PGlite
 * has one owner, so both use the same store, and closing the digest leaves them open.
 */
export async function runDigest(
  env: DigestEnv,
  deps: { log: Logger; shared?: SharedConnections },
): Promise<RunningDigest> {
  const { log } = deps;
  const cleanup = new Cleanup();
  try {
    const { redisUrl, store } = await openConnections(env, {
      name: "digest",
      log,
      cleanup,
      shared: deps.shared,
    });
    const mailer = createTransport(env);
    cleanup.push(async () => mailer.close());
    await mailer.verify();
    log.info({ store: store.location, mail: mailer.kind, at: mailer.location }, "digest connected");
    const deliveries = await deliveryWorkerFor(env, { redisUrl, store, mailer, log });
    cleanup.push(() => deliveries.close());
    await deliveries.waitUntilReady();
    const schedules = digestWorkerFor(env, { redisUrl, store, log });
    // Closed first: no new edition is prepared while the deliveries wind down.
    cleanup.push(() => schedules.close());
    await schedules.waitUntilReady();
    return { redisUrl, store, mailer, deliveries, schedules, close: () => cleanup.run() };
  } catch (error) {
    await cleanup.run();
    throw error;
  }
}
