import type { Logger } from "@newsdesk/config";
import {
  bullErrorListener,
  closeConnection,
  createWorkerConnection,
  DEFAULT_PREFIX,
  type DeliverPayload,
  type DigestPayload,
  deliverJob,
  type JobWorker,
  type KeptJobScheduler,
  keepJobScheduler,
  QUEUE,
  reconcileDeliveriesJob,
  scheduleTickJob,
  startJobWorker,
} from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { reconcileDeliveriesHandler } from "../jobs/reconcile-deliveries.js";
import { scheduleTickHandler } from "../jobs/schedule-tick.js";
import type { DigestSchedule } from "../schedule/digest-period.js";

export interface DigestWorkerOptions {
  redisUrl: string;
  prefix?: string | undefined;
  store: Store;
  log: Logger;
  schedule: DigestSchedule;
  /** Tests: a tick every this many ms instead of the schedule's pattern. */
  tickEveryMs?: number | undefined;
  /** Tests: the time a tick or build runs at. */
  clock?: (() => Date) | undefined;
  catchUpMs?: number | undefined;
  lockDurationMs?: number | undefined;
  /** Tests: reconcile every this many ms instead of every minute. */
  reconcileEveryMs?: number | undefined;
  /** Tests: how old a `sending` delivery must be before it is queued again. */
  staleSendingSeconds?: number | undefined;
}

export interface DigestWorker {
  worker: JobWorker["worker"];
  /** Upserts the job scheduler and waits for the worker. */
  waitUntilReady(): Promise<void>;
  /** Lets active jobs finish, then closes the worker, its queues and connections. */
  close(): Promise<void>;
}

/**
 * The `digest` queue's worker of one process: the schedule ticks of the job scheduler that
 * every digest process upserts. Nothing starts at import time.
 */
export function createDigestWorker(options: DigestWorkerOptions): DigestWorker {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const clock = options.clock ?? (() => new Date());
  // This process lives long: its queues' connection must outlast a Redis restart, unlike a
  // command's producer connection, which gives up fast to report the error.
  const producer: Redis = createWorkerConnection(
    options.redisUrl,
    options.log,
    "newsdesk-digest-producer",
  );
  const deliverQueue = new Queue<DeliverPayload>(QUEUE.deliver, {
    connection: producer,
    prefix,
    defaultJobOptions: deliverJob.options,
  });
  const digestQueue = new Queue<DigestPayload>(QUEUE.digest, {
    connection: producer,
    prefix,
    defaultJobOptions: scheduleTickJob.options,
  });
  for (const queue of [deliverQueue, digestQueue]) {
    queue.on("error", bullErrorListener(producer, `queue ${queue.name}`));
  }
  const deps = { store: options.store, deliverQueue, schedule: options.schedule, clock };
  const running = startJobWorker({
    queue: QUEUE.digest,
    handlers: [
      scheduleTickHandler({ ...deps, catchUpMs: options.catchUpMs }),
      reconcileDeliveriesHandler({
        store: options.store,
        deliverQueue,
        staleSendingSeconds: options.staleSendingSeconds,
      }),
    ],
    redisUrl: options.redisUrl,
    prefix,
    log: options.log,
    connectionName: "newsdesk-digest-schedule",
    lockDurationMs: options.lockDurationMs,
  });

  let kept: KeptJobScheduler[] | undefined;

  return {
    worker: running.worker,
    async waitUntilReady() {
      // Kept, not only upserted: a Redis that restarts without persistence forgets them.
      const onError = (error: unknown) =>
        options.log.warn({ err: error }, "digest job scheduler not checked");
      kept ??= await Promise.all([
        keepJobScheduler(digestQueue, scheduleTickJob, { everyMs: options.tickEveryMs, onError }),
        keepJobScheduler(digestQueue, reconcileDeliveriesJob, {
          everyMs: options.reconcileEveryMs,
          checkEveryMs: options.reconcileEveryMs,
          onError,
        }),
      ]);
      await running.waitUntilReady();
    },
    async close() {
      for (const scheduler of kept ?? []) scheduler.stop();
      await running.close();
      await Promise.all([deliverQueue.close(), digestQueue.close()]);
      await closeConnection(producer);
    },
  };
}
