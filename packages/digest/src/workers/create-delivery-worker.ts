import { randomUUID } from "node:crypto";
import type { Logger } from "@newsdesk/config";
import type { Mailer } from "@newsdesk/mail";
import {
  closeConnection,
  createWorkerConnection,
  type JobWorker,
  QUEUE,
  STALE_SENDING_SECONDS,
  startJobWorker,
} from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import { editionFromJson } from "../edition/edition-json.js";
import { DEFAULT_FAILURE_POLICY, type FailurePolicy } from "../edition/failure-rate.js";
import { loadBranding } from "../edition/load-branding.js";
import { createRenderPool } from "../edition/render-pool.js";
import { createSegmentCache, type SegmentCache } from "../edition/segment-cache.js";
import { EditionNotFoundError } from "../errors.js";
import { deliverHandler } from "../jobs/deliver.js";
import { batchedDeliveryWrites } from "./batched-delivery-writes.js";
import { DELIVER_CONNECTION, liveClaimHolder } from "./live-claim-holders.js";

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
  /**
   * Worker threads compiling segments' MJML, so this process's event loop keeps renewing its
   * job locks while an edition's segments compile; 0 (the default) compiles on the event loop
   * (tests that run from source, where no compiled thread module exists).
   */
  renderThreads?: number | undefined;
}

export interface DeliveryWorker {
  worker: JobWorker["worker"];
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
  const failurePolicy = options.failurePolicy ?? DEFAULT_FAILURE_POLICY;
  // Claims name this process; its deliver connection carries the name, so that other processes
  // see from Redis whether it still runs.
  const holderId = randomUUID();
  const clients = createWorkerConnection(options.redisUrl, options.log, "newsdesk-digest-claims");
  const holder = liveClaimHolder({
    by: holderId,
    staleSeconds: STALE_SENDING_SECONDS,
    listClients: async () => String(await clients.client("LIST")),
  });
  // Claims and sends of the jobs in flight share statements; the rest is rare and goes alone.
  const store = { ...options.store, ...batchedDeliveryWrites(options.store, { holder }) };
  const renderPool = options.renderThreads
    ? createRenderPool({ threads: options.renderThreads })
    : undefined;
  const segments = createSegmentCache({
    publicUrl: options.publicUrl,
    render: renderPool?.render,
    onCompile: options.onCompile,
    async loadEdition(editionId) {
      const content = await options.store.getEditionContent(editionId);
      if (content === undefined) throw new EditionNotFoundError(editionId);
      return editionFromJson(content);
    },
    loadBranding: () => loadBranding(options.store.db),
  });

  const running = startJobWorker({
    queue: QUEUE.deliver,
    handlers: [
      deliverHandler({
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
        claimHolder: holder,
      }),
    ],
    redisUrl: options.redisUrl,
    prefix: options.prefix,
    log: options.log,
    connectionName: `${DELIVER_CONNECTION}:${holderId}`,
    concurrency: options.concurrency ?? 10,
    limiter: { max: options.ratePerSecond, duration: 1_000 },
    lockDurationMs: options.lockDurationMs,
    maxStalledCount: options.maxStalledCount,
  });

  return {
    worker: running.worker,
    segments,
    waitUntilReady: () => running.waitUntilReady(),
    async close() {
      await running.close();
      await closeConnection(clients);
      await renderPool?.close();
    },
  };
}
