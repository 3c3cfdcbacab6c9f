import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueueEvents, Worker } from "bullmq";
import type { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { closeConnection, createWorkerConnection } from "./connection.js";
import { freePort, launchRedisServer } from "./redis-server.js";
import { testLog, uniquePrefix } from "./test-support/index.js";

describe("a connection told to disconnect while it waits to retry", () => {
  it("ends and rejects the commands it held, and so does a duplicate of it", async () => {
    // Nothing listens there: the connection keeps retrying.
    const connection = createWorkerConnection(
      `redis://127.0.0.1:${await freePort()}`,
      testLog,
      "newsdesk-test-retrying",
    );
    const duplicate = connection.duplicate();
    duplicate.on("error", () => {});
    for (const retrying of [connection, duplicate]) {
      await nextEvent(retrying, "reconnecting");
      const held = retrying.ping();
      const ended = nextEvent(retrying, "end");
      retrying.disconnect();
      await ended;
      expect(retrying.status).toBe("end");
      await expect(held).rejects.toThrow(/Connection is closed/);
    }
  });
});

describe("a worker and queue events whose connections still wait to retry after an outage", () => {
  it("close once Redis is back", async () => {
    // Its own server: this test stops it.
    const dir = await mkdtemp(join(tmpdir(), "newsdesk-redis-retrying-"));
    let redis = await launchRedisServer({ dir, persist: false });
    try {
      const connection = createWorkerConnection(redis.url, testLog, "newsdesk-test-worker");
      const prefix = uniquePrefix();
      // The duplicates BullMQ makes of the connection (copying its options) retry a minute after
      // an outage, as a connection deep in its backoff does: they still wait when Redis is back.
      // The worker's own connection keeps its quick retries: a fetch it holds delays the close.
      const { retryStrategy } = connection.options;
      connection.options.retryStrategy = () => 60_000;
      const worker = new Worker("retrying", async () => undefined, { connection, prefix });
      const events = new QueueEvents("retrying", { connection, prefix });
      connection.options.retryStrategy = retryStrategy;
      worker.on("error", () => {});
      events.on("error", () => {});
      await Promise.all([worker.waitUntilReady(), events.waitUntilReady()]);
      const blocking = (await worker.getBackend().blockingClient) as unknown as Redis;
      const reading = (await events.getBackend().client) as unknown as Redis;
      const retrying = Promise.all(
        [blocking, reading].map((client) => nextEvent(client, "reconnecting")),
      );

      await redis.stop();
      await retrying;
      redis = await launchRedisServer({ dir, persist: false, port: redis.port });
      expect([blocking.status, reading.status]).toEqual(["reconnecting", "reconnecting"]);

      // Both waited for good: ioredis never ended a connection disconnected while it waited.
      await worker.close();
      await events.close();
      await closeConnection(connection);
      expect([blocking.status, reading.status]).toEqual(["end", "end"]);
    } finally {
      await redis.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** The next `name` event: unlike `events.once`, adds no 'error' listener of its own. */
function nextEvent(emitter: Pick<NodeJS.EventEmitter, "once">, name: string): Promise<void> {
  return new Promise((resolve) => emitter.once(name, () => resolve()));
}
