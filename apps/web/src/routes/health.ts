import { countLostWork, type LostWork, type Queues, watchConnection } from "@newsdesk/queue";
import type { FastifyInstance } from "fastify";
import { Redis } from "ioredis";
import type { WebDeps } from "../web-deps.js";
import { openWebQueues } from "../web-queues.js";

// Counting lost work reads every unfinished row and asks the queues for each job, so a probe
// every few seconds reuses the last count for this long.
const LOST_WORK_TTL_MS = 30_000;

/**
 * `/healthz`: 200 when Redis and the database both answer, 503 (with which one failed)
 * otherwise; `lost` counts the work the database holds that the queues lost, which the workers'
 * reconcilers queue again within a minute (null when it cannot be counted).
 */
export async function healthRoutes(
  app: FastifyInstance,
  deps: Pick<WebDeps, "store" | "redisUrl" | "queuePrefix" | "log">,
): Promise<void> {
  // One connection for the probes; it never retries, so a dead Redis answers at once.
  const redis = new Redis(deps.redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    connectionName: "newsdesk-web-health",
  });
  watchConnection(redis, { url: deps.redisUrl, log: deps.log, name: "newsdesk-web-health" });
  // Opened on the first healthy probe, so the app starts (and answers 503) while Redis is away.
  let queues: Promise<Queues> | undefined;
  let lastCount: { at: number; lost: LostWork } | undefined;
  app.addHook("onClose", async () => {
    redis.disconnect();
    await (await queues?.catch(() => undefined))?.close();
  });

  async function lostWork(): Promise<LostWork | null> {
    if (lastCount && Date.now() - lastCount.at < LOST_WORK_TTL_MS) return lastCount.lost;
    try {
      queues ??= openWebQueues(deps);
      const lost = await countLostWork(deps.store, await queues);
      lastCount = { at: Date.now(), lost };
      return lost;
    } catch (error) {
      queues = undefined;
      deps.log.warn({ err: error }, "could not count the work the queues lost");
      return null;
    }
  }

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
    const lost = ok ? await lostWork() : null;
    return reply
      .code(ok ? 200 : 503)
      .send({ ok, redis: redisCheck, database: databaseCheck, lost });
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
