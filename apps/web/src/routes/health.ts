import type { FastifyInstance } from "fastify";
import { Redis } from "ioredis";
import type { WebDeps } from "../web-deps.js";

/** `/healthz`: 200 when Redis and the database both answer, 503 (with which one failed) otherwise. */
export async function healthRoutes(
  app: FastifyInstance,
  deps: Pick<WebDeps, "store" | "redisUrl">,
): Promise<void> {
  // One connection for the probes; it never retries, so a dead Redis answers at once.
  const redis = new Redis(deps.redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    connectionName: "newsdesk-web-health",
  });
  app.addHook("onClose", async () => {
    redis.disconnect();
  });
  app.get("/healthz", async (_request, reply) => {
    const [redisCheck, databaseCheck] = await Promise.all([
      check(async () => {
        if (redis.status === "wait" || redis.status === "end") await redis.connect();
        await redis.ping();
      }),
      check(async () => {
        await deps.store.db.query("SELECT 1");
      }),
    ]);
    const ok = redisCheck === "ok" && databaseCheck === "ok";
    return reply.code(ok ? 200 : 503).send({ ok, redis: redisCheck, database: databaseCheck });
  });
}

async function check(probe: () => Promise<void>): Promise<string> {
  try {
    await probe();
    return "ok";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
