import { type Logger, redactUrl } from "@newsdesk/config";

/** The 'error' events a Redis connection emits while its server is away (one per retry). */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

/** Whether `error` says the connection to Redis is down, rather than a command went wrong. */
export function isRedisConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  return (
    (code !== undefined && CONNECTION_CODES.has(code)) ||
    /^Connection is closed|^connect ETIMEDOUT|^Stream isn't writeable/.test(error.message)
  );
}

/** Whether an outage of each Redis (by URL) has been logged already: every connection shares it. */
const down = new Map<string, boolean>();

/**
 * Logs a connection error to Redis at `url`: the first of an outage says what to do, whichever
 * of the process's connections sees it; the retries after it stay silent until a connection is
 * ready again, which `redisReady` logs. Without a listener, ioredis prints every retry's error as
 * "[ioredis] Unhandled error event" and BullMQ's queues print theirs raw.
 */
export function reportRedisError(
  url: string,
  log: Logger,
  error: unknown,
  connection: string,
): void {
  if (down.get(url)) return;
  down.set(url, true);
  const at = redactUrl(url);
  log.error(
    { redis: at, connection, err: error instanceof Error ? error.message : String(error) },
    `Redis does not answer at ${at}: is Redis running at REDIS_URL? Start it (\`docker compose up -d redis\`) or fix REDIS_URL; jobs wait and go on once it answers`,
  );
}

/** A connection to `url` is ready: logs the end of an outage `reportRedisError` logged. */
export function redisReady(url: string, log: Logger, connection: string): void {
  if (!down.get(url)) return;
  down.set(url, false);
  log.info({ redis: redactUrl(url), connection }, "Redis answers again");
}
