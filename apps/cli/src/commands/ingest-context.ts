import { createLogger } from "@newsdesk/config";
import { createIngestionWorker, type IngestionWorker, type WorkerEnv } from "@newsdesk/ingest";
import {
  closeConnection,
  connectProducer,
  createQueues,
  ensureEmbeddedRedis,
  findEmbeddedRedis,
  type Queues,
  type RedisServer,
} from "@newsdesk/queue";
import { createStore, type Store } from "@newsdesk/store";
import { reportError } from "../report-error.js";

/** What `ingest`, `status` and `reclassify` work with; `close()` releases all of it. */
export interface IngestionContext {
  env: WorkerEnv;
  store: Store;
  /** Undefined when Redis is not running and the command was not allowed to launch it. */
  queues: Queues | undefined;
  redisUrl: string | undefined;
  /** Worker processes connected to the queues (any host). */
  workersRunning(): Promise<number>;
  /** Runs the ingest and classify workers in this process (the embedded default's owner). */
  startLocalWorker(): IngestionWorker;
  close(): Promise<void>;
}

/**
 * Opens the store and the queues. With no REDIS_URL, reuses the embedded redis-server a running
 * Newsdesk launched, or (with `launchRedis`) launches it for the command's lifetime.
 */
export async function openIngestionContext(
  env: WorkerEnv,
  options: { launchRedis: boolean },
): Promise<IngestionContext> {
  const cleanup: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  };
  // Only problems: the progress bar owns the terminal.
  const log = createLogger(env.LOG_LEVEL === "info" ? "warn" : env.LOG_LEVEL);
  try {
    let redisUrl = env.REDIS_URL;
    if (!redisUrl) {
      const server: RedisServer | undefined = options.launchRedis
        ? await ensureEmbeddedRedis(env.DATA_DIR)
        : await findEmbeddedRedis(env.DATA_DIR);
      if (server) cleanup.push(() => server.stop());
      redisUrl = server?.url;
    }
    const store = await createStore({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
    cleanup.push(() => store.close());
    let queues: Queues | undefined;
    if (redisUrl) {
      const connection = await connectProducer(redisUrl, log, "newsdesk-cli");
      queues = createQueues({ connection, prefix: env.QUEUE_PREFIX });
      const opened = queues;
      cleanup.push(async () => {
        await opened.close();
        await closeConnection(connection);
      });
    }
    const url = redisUrl;
    return {
      env,
      store,
      queues,
      redisUrl,
      async workersRunning() {
        if (!queues) return 0;
        return queues.ingest.getWorkersCount();
      },
      startLocalWorker() {
        if (!url) throw new Error("no Redis to take jobs from");
        const worker = createIngestionWorker({
          redisUrl: url,
          prefix: env.QUEUE_PREFIX,
          store,
          log,
          ingestConcurrency: env.INGEST_CONCURRENCY,
          classifyConcurrency: env.CLASSIFY_CONCURRENCY,
          lockDurationMs: env.JOB_LOCK_MS,
        });
        // Stops before the store and Redis it uses.
        cleanup.push(() => worker.close());
        return worker;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Errors whose message already tells the user what to do: printed as one line, exit code 2. */

/**
 * Runs a command's action and returns its exit code; an error is reported on the command's
 * own stderr the way the program reports it (see reportError).
 */
export async function withUserErrors(
  io: { stderr: NodeJS.WritableStream },
  action: () => Promise<number>,
): Promise<number> {
  try {
    return await action();
  } catch (error) {
    return reportError(error, io.stderr);
  }
}
