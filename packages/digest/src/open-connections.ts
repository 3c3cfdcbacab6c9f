import type { ClosingSteps, Logger } from "@newsdesk/config";
import { closeConnection, connectProducer, ensureEmbeddedRedis } from "@newsdesk/queue";
import { createStore, type Store } from "@newsdesk/store";
import type { DigestEnv } from "./env.js";

/**
 * Redis (`shared`, REDIS_URL, or the embedded redis-server) and the store (`shared`,
 * DATABASE_URL, or PGlite) of a digest or web process. What it opens itself it closes through
 * `cleanup`; what `shared` lends stays open. Redis is probed once, so a wrong REDIS_URL fails
 * now with what to do rather than retrying forever.
 */
export async function openConnections(
  env: Pick<DigestEnv, "REDIS_URL" | "DATABASE_URL" | "DATA_DIR">,
  options: {
    name: string;
    log: Logger;
    cleanup: ClosingSteps;
    shared?: { redisUrl: string; store: Store } | undefined;
  },
): Promise<{ redisUrl: string; store: Store }> {
  const { cleanup, log, shared } = options;
  let redisUrl = shared?.redisUrl ?? env.REDIS_URL;
  if (!redisUrl) {
    const redis = await ensureEmbeddedRedis(env.DATA_DIR);
    redisUrl = redis.url;
    cleanup.push("the embedded redis-server", () => redis.stop());
    log.info({ port: redis.port, launched: redis.owned }, "embedded redis-server");
  }
  await closeConnection(await connectProducer(redisUrl, log, `newsdesk-${options.name}-probe`));
  let store = shared?.store;
  if (!store) {
    const own = await createStore({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
    cleanup.push("the store", () => own.close());
    store = own;
  }
  return { redisUrl, store };
}
