import { Redis } from "ioredis";
import { RedisUnreachableError } from "./errors.js";

/** Default hosts are 127.0.0.1 (IPv6 first on some systems makes `localhost` slow or wrong). */
export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";

/**
 * A connection for workers and queue events: blocking commands must wait through reconnections,
 * so `maxRetriesPerRequest` is null (BullMQ requires it).
 */
export function createWorkerConnection(url: string, name = "newsdesk-worker"): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, connectionName: name });
}

/**
 * A connection for producers (the CLI, the web app): fails fast instead of queueing commands
 * while Redis is away, so a user gets an error rather than a hang.
 */
export function createProducerConnection(url: string, name = "newsdesk-producer"): Redis {
  return new Redis(url, {
    connectionName: name,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 3_000,
    // Stop reconnecting after a few tries; the caller reports the error.
    retryStrategy: (times) => (times > 3 ? null : Math.min(times * 200, 1_000)),
  });
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
 * `RedisUnreachableError` (after the producer's few quick retries) naming what to do.
 */
export async function connectProducer(url: string, name = "newsdesk-producer"): Promise<Redis> {
  const connection = createProducerConnection(url, name);
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
  return connection;
}
