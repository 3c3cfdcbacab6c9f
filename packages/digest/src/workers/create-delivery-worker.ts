import type { Mailer } from "@newsdesk/mail";
import {
  closeConnection,
  createWorkerConnection,
  DEFAULT_PREFIX,
  type DeliverPayload,
  QUEUE,
} from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import { type Job, UnrecoverableError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import { editionFromJson } from "../edition/edition-json.js";
import { DEFAULT_FAILURE_POLICY, type FailurePolicy } from "../edition/failure-rate.js";
import { pauseIfFailing } from "../edition/pause-edition.js";
import { createSegmentCache, type SegmentCache } from "../edition/segment-cache.js";
import { EditionNotFoundError } from "../errors.js";
import * as deliverJob from "../jobs/deliver.js";
import type { Logger } from "../logger.js";
import { batchedDeliveryWrites } from "./batched-delivery-writes.js";

export interface DeliveryWorkerOptions {
  redisUrl: string;
  prefix?: string | undefined;
  store: Store;
  mailer: Mailer;
  log: Logger;
  publicUrl: string;
  secret: string;
  /** Domain of Message-IDs and the unsubscribe mailto (the From address's). */
  mailDomain: string;
  concurrency?: number | undefined;
  /** Messages per second across every deliver worker (BullMQ's queue-wide limiter). */
  ratePerSecond: number;
  bounceLimit?: number | undefined;
  /** When an edition pauses itself; `DEFAULT_FAILURE_POLICY` unless given. */
  failurePolicy?: FailurePolicy | undefined;
  /** Job lock; a crashed worker's jobs go back to the queue within about twice this. */
  lockDurationMs?: number | undefined;
  maxStalledCount?: number | undefined;
  onCompile?: ((editionId: number, key: string, ms: number) => void) | undefined;
}

export interface DeliveryWorker {
  worker: Worker<DeliverPayload>;
  segments: SegmentCache;
  waitUntilReady(): Promise<void>;
  /** Lets active jobs finish, then closes the worker and its connection (not the store or mailer). */
  close(): Promise<void>;
}

/**
 * The deliver worker of one process. Nothing starts at import time: this factory connects,
 * and `close()` undoes it.
 */
export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const connection: Redis = createWorkerConnection(options.redisUrl, "newsdesk-digest-deliver");
  const lockDuration = options.lockDurationMs ?? 30_000;
  const failurePolicy = options.failurePolicy ?? DEFAULT_FAILURE_POLICY;
  // Claims and sends of the jobs in flight share statements; the rest is rare and goes alone.
  const store = { ...options.store, ...batchedDeliveryWrites(options.store) };
  const segments = createSegmentCache({
    publicUrl: options.publicUrl,
    onCompile: options.onCompile,
    async loadEdition(editionId) {
      const content = await options.store.getEditionContent(editionId);
      if (content === undefined) throw new EditionNotFoundError(editionId);
      return editionFromJson(content);
    },
  });

  const worker = new Worker<DeliverPayload>(
    QUEUE.deliver,
    async (job) => {
      const log = options.log.child({ jobId: job.id, jobName: job.name });
      const parsed = deliverJob.payload.safeParse(job.data);
      // A malformed payload will be malformed on every try.
      if (!parsed.success) {
        throw new UnrecoverableError(`invalid ${job.name} payload: ${parsed.error.message}`);
      }
      const data = parsed.data;
      try {
        const outcome = await deliverJob.handle(data, {
          store,
          mailer: options.mailer,
          segments,
          links: {
            secret: options.secret,
            publicUrl: options.publicUrl,
            mailDomain: options.mailDomain,
          },
          bounceLimit: options.bounceLimit ?? 3,
          failurePolicy,
          log,
        });
        log.debug({ deliveryId: data.deliveryId, outcome }, "delivery done");
        return outcome;
      } catch (error) {
        if (error instanceof EditionNotFoundError) throw new UnrecoverableError(error.message);
        if (isLastTry(job, error) && !(error instanceof UnrecoverableError)) {
          const editionId = await options.store.markDeliveryFinished(
            data.deliveryId,
            "failed",
            errorMessage(error),
          );
          log.error({ deliveryId: data.deliveryId, err: error }, "delivery failed for good");
          if (editionId !== undefined) {
            await pauseIfFailing({ store: options.store, log }, editionId, failurePolicy);
          }
        } else if (!(error instanceof UnrecoverableError)) {
          log.warn(
            {
              deliveryId: data.deliveryId,
              attempt: job.attemptsMade + 1,
              err: errorMessage(error),
            },
            "delivery will be retried",
          );
        }
        throw error;
      }
    },
    {
      connection,
      prefix,
      concurrency: options.concurrency ?? 10,
      limiter: { max: options.ratePerSecond, duration: 1_000 },
      lockDuration,
      stalledInterval: lockDuration,
      maxStalledCount: options.maxStalledCount ?? 1,
    },
  );
  worker.on("error", (error) =>
    options.log.error({ err: error, queue: worker.name }, "worker error"),
  );
  // A job whose worker died more often than maxStalledCount never reaches the processor again:
  // BullMQ fails it on its next fetch. Finish its row, or it would stay `sending` for good.
  worker.on("failed", (job) => {
    if (!job?.deferredFailure) return;
    const data = deliverJob.payload.safeParse(job.data);
    if (!data.success) return;
    options.store
      .markDeliveryFinished(data.data.deliveryId, "failed", job.deferredFailure)
      .then((editionId) =>
        editionId === undefined
          ? false
          : pauseIfFailing({ store: options.store, log: options.log }, editionId, failurePolicy),
      )
      .catch((error: unknown) =>
        options.log.error({ err: error, jobId: job.id }, "stalled delivery not recorded"),
      );
  });

  return {
    worker,
    segments,
    waitUntilReady: async () => {
      await worker.waitUntilReady();
    },
    async close() {
      await worker.close();
      await closeConnection(connection);
    },
  };
}

function isLastTry(job: Job, error: unknown): boolean {
  return error instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
