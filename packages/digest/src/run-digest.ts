import { ClosingSteps, type Logger } from "@newsdesk/config";
import { assertReadyToSend, createTransport, type Mailer } from "@newsdesk/mail";
import { untilRedisStopsAnswering } from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import { type DigestEnv, failurePolicyOf, scheduleOf } from "./env.js";
import { startUnsubscribeMailbox, type UnsubscribeMailbox } from "./mailbox/unsubscribe-mailbox.js";
import { openConnections } from "./open-connections.js";
import { loadSecret, mailDomainOf } from "./signed-links.js";
import { createDeliveryWorker, type DeliveryWorker } from "./workers/create-delivery-worker.js";
import { createDigestWorker, type DigestWorker } from "./workers/create-digest-worker.js";

export interface RunningDigest {
  redisUrl: string;
  store: Store;
  mailer: Mailer;
  deliveries: DeliveryWorker;
  /** Schedule ticks, and the builds and resumes commands hand over. */
  schedules: DigestWorker;
  /** The unsubscribe mailbox, when `UNSUBSCRIBE_SMTP_PORT` is set. */
  mailbox: UnsubscribeMailbox | undefined;
  /**
   * Graceful stop: the mailbox, the workers (active jobs finish), then the mail pool, store
   * and Redis. A step whose service is gone is logged and skipped; resolves with the names of
   * those.
   */
  close(): Promise<string[]>;
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
    renderThreads: 1,
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

/**
 * The unsubscribe mailbox as the environment configures it, listening; undefined when
 * `UNSUBSCRIBE_SMTP_PORT` is unset. It checks tokens with the secret that signs the links, for
 * the address the links name (`unsubscribe@` the domain of `MAIL_FROM`).
 */
export async function unsubscribeMailboxFor(
  env: DigestEnv,
  deps: { store: Store; log: Logger },
): Promise<UnsubscribeMailbox | undefined> {
  if (env.UNSUBSCRIBE_SMTP_PORT === undefined) return undefined;
  return startUnsubscribeMailbox({
    ...deps,
    secret: await loadSecret(env.SECRET, env.DATA_DIR),
    mailDomain: mailDomainOf(env.MAIL_FROM),
    port: env.UNSUBSCRIBE_SMTP_PORT,
    host: env.UNSUBSCRIBE_SMTP_HOST,
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
 * and the `digest` worker, which upserts the schedule and builds editions when their hour comes;
 * with `UNSUBSCRIBE_SMTP_PORT`, the unsubscribe mailbox too.
 * With `shared`, it runs beside the ingestion worker in one process (`newsdesk start`): PGlite
 * has one owner, so both use the same store, and closing the digest leaves them open.
 * Refuses to start real sending (`SMTP_URL`) without https links and aligned DKIM unless
 * `testMode` (the CLI's `--test-send`) or `MAIL_TEST_MODE` says this is a test setup.
 */
export async function runDigest(
  env: DigestEnv,
  deps: { log: Logger; shared?: SharedConnections; testMode?: boolean | undefined },
): Promise<RunningDigest> {
  const { log } = deps;
  // Before anything connects: an install that would send unsigned mail with http links stops here.
  assertReadyToSend({ ...env, PUBLIC_URL: publicUrlOf(env) }, { testMode: deps.testMode });
  const cleanup = new ClosingSteps(log);
  try {
    const { redisUrl, store } = await openConnections(env, {
      name: "digest",
      log,
      cleanup,
      shared: deps.shared,
    });
    const whileRedisAnswers = { giveUpWhen: untilRedisStopsAnswering(redisUrl) };
    const mailer = createTransport(env);
    cleanup.push("the mail transport", async () => mailer.close());
    await mailer.verify();
    log.info({ store: store.location, mail: mailer.kind, at: mailer.location }, "digest connected");
    const deliveries = await deliveryWorkerFor(env, { redisUrl, store, mailer, log });
    cleanup.push("the delivery worker", () => deliveries.close(), whileRedisAnswers);
    await deliveries.waitUntilReady();
    const schedules = digestWorkerFor(env, { redisUrl, store, log });
    // Closed first: no new edition is prepared while the deliveries wind down.
    cleanup.push("the digest worker", () => schedules.close(), whileRedisAnswers);
    await schedules.waitUntilReady();
    const mailbox = await unsubscribeMailboxFor(env, { store, log });
    // Closed before everything else: no request is taken while the store is closing.
    if (mailbox) cleanup.push("the unsubscribe mailbox", () => mailbox.close());
    return {
      redisUrl,
      store,
      mailer,
      deliveries,
      schedules,
      mailbox,
      close: () => cleanup.run(),
    };
  } catch (error) {
    await cleanup.run();
    throw error;
  }
}
