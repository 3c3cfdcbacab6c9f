import fastifyRateLimit from "@fastify/rate-limit";
import { watchConnection } from "@newsdesk/queue";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Redis } from "ioredis";
import { type AttemptLimit, waitInWords } from "./subscribers/subscribe-limits.js";
import { TooManyAttemptsError } from "./subscribers/subscriber-errors.js";
import type { WebDeps } from "./web-deps.js";

/**
 * Registers `@fastify/rate-limit` on `app` (not globally: routes ask `attemptLimiter` for a
 * counter) with its counters in Redis under `<QUEUE_PREFIX>:<name>:`, so several web processes
 * share them; the connection closes with the app.
 */
export async function registerAttemptLimits(
  app: FastifyInstance,
  deps: Pick<WebDeps, "redisUrl" | "queuePrefix" | "log">,
  name: string,
): Promise<void> {
  const connectionName = `newsdesk-web-${name}`;
  const redis = new Redis(deps.redisUrl, {
    // Fail a request rather than hang it while Redis is away; the error page says try again.
    maxRetriesPerRequest: 1,
    connectionName,
  });
  watchConnection(redis, { url: deps.redisUrl, log: deps.log, name: connectionName });
  app.addHook("onClose", async () => {
    await redis.quit();
  });
  await app.register(fastifyRateLimit, {
    global: false,
    redis,
    nameSpace: `${deps.queuePrefix}:${name}:`,
  });
}

/**
 * A counter in the rate-limit plugin's store (Redis; see `registerAttemptLimits`) that throws a
 * 429 page once `limit` is exceeded; `{wait}` in the message becomes how long to wait. Each
 * call counts one attempt.
 */
export function attemptLimiter(
  app: FastifyInstance,
  limit: AttemptLimit,
  key: (request: FastifyRequest) => string,
): (request: FastifyRequest, reply: FastifyReply, message: string) => Promise<void> {
  const check = app.createRateLimit({
    max: limit.max,
    timeWindow: limit.windowMs,
    keyGenerator: key,
  });
  return async (request, reply, message) => {
    const result = await check(request);
    if (result.isAllowed || !result.isExceeded) return;
    reply.header("retry-after", result.ttlInSeconds);
    throw new TooManyAttemptsError(message.replace("{wait}", waitInWords(result.ttlInSeconds)));
  };
}
