import type { Logger } from "@newsdesk/config";
import { Redis } from "ioredis";
import { endsWhenDisconnectedWhileRetrying } from "./ends-when-disconnected-while-retrying.js";
import { RedisUnreachableError } from "./errors.js";
import { isRedisConnectionError, redisReady, reportRedisError } from "./redis-outage.js";

/** Default hosts are 127.0.0.1 (IPv6 first on some systems makes `localhost` slow or wrong). */
export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";

export interface Watched {
  /** Where it connects (logged without its password). */
  url: string;
  log: Logger;
  /** Its connection name, to tell connections apart in the log. */
  name: string;
}

const watched = new WeakMap<Redis, Watched>();

/**
 * Logs the connection's errors once per outage through `log` (see `reportRedisError`), instead
 * of ioredis printing each retry's as "[ioredis] Unhandled error event". The factories here do it;
 * a connection made with other options (a rate limiter's, a health probe's) is given it too.
 */
export function watchConnection(connection: Redis, watching: Watched): Redis {
  const { url, log, name } = watching;
  watched.set(connection, watching);
  connection.on("error", (error) => reportRedisError(url, log, error, name));
  connection.on("ready", () => redisReady(url, log, name));
  return connection;
}

/**
 * The 'error' listener of a BullMQ queue, worker or queue events over `connection` (BullMQ
 * passes its connections' errors on, and prints them raw when nobody listens): connection errors
 * are logged once per outage like the connection's own, anything else each time as `what` failing.
 */
export function bullErrorListener(connection: Redis, what: string): (error: Error) => void {
  const watching = watched.get(connection);
  if (!watching) {
    throw new TypeError(
      `${what}: open its Redis connection with createWorkerConnection or createProducerConnection, which log its errors`,
    );
  }
  const { url, log, name } = watching;
  return (error) => {
    if (isRedisConnectionError(error)) reportRedisError(url, log, error, name);
    else log.error({ err: error, connection: name }, `${what} error`);
  };
}

/**
 * A connection for workers and queue events: blocking commands must wait through reconnections,
 * so `maxRetriesPerRequest` is null (BullMQ requires it). Its errors go to `log`, once per outage.
 */
export function createWorkerConnection(url: string, log: Logger, name = "newsdesk-worker"): Redis {
  return watchConnection(
    endsWhenDisconnectedWhileRetrying(
      new Redis(url, { maxRetriesPerRequest: null, connectionName: name }),
    ),
    { url, log, name },
  );
}

/**
 * A connection for producers (the CLI, the web app): fails fast instead of queueing commands
 * while Redis is away, so a user gets an error rather than a hang. Its errors go to `log`.
 */
export function createProducerConnection(
  url: string,
  log: Logger,
  name = "newsdesk-producer",
): Redis {
  return watchConnection(unwatchedProducer(url, name), { url, log, name });
}

function unwatchedProducer(url: string, name: string): Redis {
  return endsWhenDisconnectedWhileRetrying(
    new Redis(url, {
      connectionName: name,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 3_000,
      // Stop reconnecting after a few tries; the caller reports the error.
      retryStrategy: (times) => (times > 3 ? null : Math.min(times * 200, 1_000)),
    }),
  );
}

/** Closes a connection: politely (QUIT) when it is up, else by dropping it. */
export async function closeConnection(connection: Redis): Promise<void> {
  if (connection.status === "ready") {
    await connection.quit();
  } else {
    connection.disconnect();
  }
}

/**
 * A producer connection that is up: resolves once Redis answers, or throws
 * `RedisUnreachableError` (after the producer's few quick retries) naming what to do. Errors
 * after that go to `log`, once per outage.
 */
export async function connectProducer(
  url: string,
  log: Logger,
  name = "newsdesk-producer",
): Promise<Redis> {
  // Watched once up: until then the failure is the caller's to report, with what to do.
  const connection = unwatchedProducer(url, name);
  try {
    await new Promise<void>((resolve, reject) => {
      let lastError: unknown = new Error("connection closed");
      const onError = (error: unknown) => {
        lastError = error;
      };
      connection.on("error", onError);
      connection.once("ready", () => {
        connection.off("error", onError);
        resolve();
      });
      connection.once("end", () => {
        connection.off("error", onError);
        reject(lastError);
      });
    });
  } catch (error) {
    connection.disconnect();
    throw new RedisUnreachableError(url, error);
  }
  return watchConnection(connection, { url, log, name });
}
