import type { DigestSchedule } from "@newsdesk/digest";
import { createDeliveryWorker, createDigestWorker } from "@newsdesk/digest/test-support";
import { messageDomain } from "../subscribers/subscription-emails.js";
import type { TestWeb } from "./web-harness.js";

const HOUR = 3_600_000;

/**
 * A send slot an hour or two ahead, for the app and the digest beside it: articles stored now
 * fall in the period it ends, which is the draft the desk shows, and the digest's clock (two
 * hours ahead) is past it, so the edition is due at once and stays due while a test runs.
 */
export function sendSlotAhead(): { schedule: DigestSchedule; clock: () => Date } {
  const clock = () => new Date(Date.now() + 2 * HOUR);
  const then = clock();
  return { schedule: { hour: then.getUTCHours(), weekday: then.getUTCDay() }, clock };
}

export interface DigestWorkers {
  close(): Promise<void>;
}

/**
 * The digest beside a test web app, as `newsdesk digest run` wires it: the schedule's ticks
 * (every half second, on `clock`) build, hold or prepare the editions due, and the deliver
 * worker mails them through the app's mailer (its outbox), on the app's Redis, queue prefix,
 * store, public address and secret. The caller closes it before the web app.
 */
export async function startDigestWorkers(
  web: TestWeb,
  timing: { schedule: DigestSchedule; clock: () => Date },
): Promise<DigestWorkers> {
  const shared = {
    redisUrl: web.redis.url,
    prefix: web.deps.queuePrefix,
    store: web.store,
    log: web.deps.log,
  };
  const deliveries = createDeliveryWorker({
    ...shared,
    mailer: web.mailer,
    publicUrl: web.deps.publicUrl,
    secret: web.deps.secret,
    mailDomain: messageDomain(web.deps.publicUrl),
    ratePerSecond: 1_000,
  });
  const schedules = createDigestWorker({ ...shared, ...timing, tickEveryMs: 500 });
  try {
    await Promise.all([deliveries.waitUntilReady(), schedules.waitUntilReady()]);
  } catch (error) {
    await Promise.all([schedules.close(), deliveries.close()]);
    throw error;
  }
  return {
    async close() {
      // The schedule first: nothing new is queued while the deliveries wind down.
      await schedules.close();
      await deliveries.close();
    },
  };
}
