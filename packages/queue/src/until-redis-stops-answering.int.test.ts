import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { closeConnection, connectProducer } from "./connection.js";
import { launchRedisServer, type RedisServer } from "./redis-server.js";
import { testLog } from "./test-support/index.js";
import { untilRedisStopsAnswering } from "./until-redis-stops-answering.js";

describe("untilRedisStopsAnswering", () => {
  let dir: string;
  let redis: RedisServer | undefined;
  afterEach(async () => {
    await redis?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("waits while Redis answers, then says when it has gone", async () => {
    // Its own server, not REDIS_URL's: this test stops it.
    dir = await mkdtemp(join(tmpdir(), "newsdesk-redis-watch-"));
    redis = await launchRedisServer({ dir, persist: false });
    const controller = new AbortController();
    let said: string | undefined;
    const watch = untilRedisStopsAnswering(redis.url, { everyMs: 50 })(controller.signal).then(
      (why) => {
        said = why;
        return why;
      },
    );
    // Several probes answered: the watch is still waiting.
    let ownConnections = 0;
    await expect
      .poll(async () => (await connectionsTaken(redis as RedisServer)) - ++ownConnections)
      .toBeGreaterThan(3);
    expect(said).toBeUndefined();
    await redis.stop();
    expect(await watch).toMatch(/stopped answering \(refused\)/);
    controller.abort();
  });
});

/** How many connections the server has taken so far (each probe is one, and this one). */
async function connectionsTaken(redis: RedisServer): Promise<number> {
  const connection = await connectProducer(redis.url, testLog, "newsdesk-test-stats");
  try {
    const stats = await connection.info("stats");
    return Number(/total_connections_received:(\d+)/.exec(stats)?.[1] ?? 0);
  } finally {
    await closeConnection(connection);
  }
}
