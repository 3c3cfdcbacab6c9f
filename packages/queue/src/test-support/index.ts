import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger, type Logger } from "@newsdesk/config";
import type { Redis } from "ioredis";
import { closeConnection, createWorkerConnection } from "../connection.js";
import { launchRedisServer } from "../redis-server.js";

/** A silent logger for the connections tests open. */
export const testLog: Logger = createLogger("silent");

export interface TestRedis {
  url: string;
  /** Stops the redis-server this helper launched (none when REDIS_URL was given). */
  stop(): Promise<void>;
}

/**
 * Redis for integration tests: `REDIS_URL` when set, else a throwaway `redis-server` from PATH
 * on a free port (no persistence, its folder removed on stop). Never flush it: use
 * `uniquePrefix()` and `deleteKeys()`.
 */
export async function startTestRedis(
  url: string | undefined = process.env.REDIS_URL,
): Promise<TestRedis> {
  if (url) return { url, stop: async () => {} };
  const dir = await mkdtemp(join(tmpdir(), "newsdesk-redis-"));
  const server = await launchRedisServer({ dir, persist: false });
  return {
    url: server.url,
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A key prefix of its own for one test (a hash tag, like the real one). */
export function uniquePrefix(): string {
  return `{newsdesk-test-${randomBytes(5).toString("hex")}}`;
}

/** Deletes every key under `prefix` (what a test created), leaving the rest of Redis alone. */
export async function deleteKeys(connection: Redis, prefix: string): Promise<number> {
  let deleted = 0;
  let cursor = "0";
  // Escape glob characters: the braces of a hash tag are literal here.
  const pattern = `${prefix.replace(/[*?[\]\\]/g, "\\$&")}:*`;
  do {
    const [next, keys] = await connection.scan(cursor, "MATCH", pattern, "COUNT", 1000);
    cursor = next;
    if (keys.length > 0) deleted += await connection.del(...keys);
  } while (cursor !== "0");
  return deleted;
}

/** `deleteKeys` over a connection of its own to `url`, for a test's final clean-up. */
export async function deleteKeysAt(url: string, prefix: string): Promise<number> {
  const connection = createWorkerConnection(url, testLog, "newsdesk-test-cleanup");
  try {
    return await deleteKeys(connection, prefix);
  } finally {
    await closeConnection(connection);
  }
}
