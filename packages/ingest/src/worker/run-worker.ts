import { join } from "node:path";
import { ClosingSteps, type Logger } from "@newsdesk/config";
import {
  closeConnection,
  connectProducer,
  createQueues,
  ensureEmbeddedRedis,
  type RedisServer,
  untilRedisStopsAnswering,
} from "@newsdesk/queue";
import { createStore, type Store } from "@newsdesk/store";
import type { WorkerEnv } from "../env.js";
import { createInboxWatcher, type InboxWatcher } from "../inbox/inbox.js";
import type { ClassifyFn, ParseFn } from "../pipeline/pipeline-types.js";
import { submitDump } from "../submit-dump.js";
import { waitForDump } from "../wait-for-dump.js";
import { createIngestionWorker, type IngestionWorker } from "./create-ingestion-worker.js";

export interface RunningWorker {
  redisUrl: string;
  store: Store;
  worker: IngestionWorker;
  inbox: InboxWatcher | undefined;
  /**
   * Graceful stop: inbox, then workers (active jobs finish), then store and embedded Redis.
   * A step whose service is gone is logged and skipped; resolves with the names of those.
   */
  close(): Promise<string[]>;
}

/**
 * Wires one worker process: Redis (REDIS_URL, or the embedded redis-server), the store
 * (DATABASE_URL, or PGlite), the ingest and classify workers, and the inbox watcher.
 */
export async function runWorker(
  env: WorkerEnv,
  deps: {
    log: Logger;
    /** In-process parse and classify; without both, worker threads (see `createIngestionWorker`). */
    parse?: ParseFn | undefined;
    classify?: ClassifyFn | undefined;
    watchInbox?: boolean;
  },
): Promise<RunningWorker> {
  const { log } = deps;
  const cleanup = new ClosingSteps(log);
  const undo = () => cleanup.run();
  try {
    let redis: RedisServer | undefined;
    let redisUrl = env.REDIS_URL;
    if (!redisUrl) {
      redis = await ensureEmbeddedRedis(env.DATA_DIR);
      redisUrl = redis.url;
      cleanup.push("the embedded redis-server", () => (redis as RedisServer).stop());
      log.info({ port: redis.port, launched: redis.owned }, "embedded redis-server");
    }
    // Fail now, with what to do, rather than retry forever when REDIS_URL points at nothing.
    const producer = await connectProducer(redisUrl, log, "newsdesk-worker-inbox");
    const whileRedisAnswers = { giveUpWhen: untilRedisStopsAnswering(redisUrl) };
    cleanup.push(
      "the inbox's Redis connection",
      () => closeConnection(producer),
      whileRedisAnswers,
    );
    const store = await createStore({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
    cleanup.push("the store", () => store.close());
    log.info({ store: store.location }, "store ready");

    const worker = createIngestionWorker({
      redisUrl,
      prefix: env.QUEUE_PREFIX,
      store,
      parse: deps.parse,
      classify: deps.classify,
      log,
      ingestConcurrency: env.INGEST_CONCURRENCY,
      classifyConcurrency: env.CLASSIFY_CONCURRENCY,
      lockDurationMs: env.JOB_LOCK_MS,
    });
    cleanup.push("the ingest and classify workers", () => worker.close(), whileRedisAnswers);
    await worker.waitUntilReady();

    let inbox: InboxWatcher | undefined;
    if (deps.watchInbox !== false) {
      const queues = createQueues({ connection: producer, prefix: env.QUEUE_PREFIX });
      cleanup.push("the inbox's queues", () => queues.close(), whileRedisAnswers);
      inbox = await createInboxWatcher({
        dir: env.INBOX_DIR,
        log,
        submit: async (name, content) => {
          const { dump } = await submitDump({ store, ingestQueue: queues.ingest }, name, content);
          return { dumpId: dump.id };
        },
        waitForDump: (dumpId, signal) => waitForDump(store, dumpId, signal),
      });
      const watcher = inbox;
      cleanup.push("the inbox watcher", () => watcher.close());
      log.info({ inbox: join(env.INBOX_DIR) }, "watching the inbox");
    }
    return { redisUrl, store, worker, inbox, close: undo };
  } catch (error) {
    await undo();
    throw error;
  }
}
