import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { closeConnection, connectProducer } from "./connection.js";
import { freePort, launchRedisServer, type RedisServer } from "./redis-server.js";
import { testLog } from "./test-support/index.js";
import { untilRedisStopsAnswering } from "./until-redis-stops-answering.js";

/**
 * Ports under Linux's default ephemeral range (32768-60999), from which listen(0) and outgoing
 * connections take theirs: none is given to another process unless it asks for it.
 */
const BELOW_EPHEMERAL = [20_000, 29_999] as const;

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
    // On a port no other process is handed for the asking: once this server stops, a server
    // another test launches on a free port (listen(0), the ephemeral range) could otherwise take
    // this one, and the watch would see it answer instead of the refusal it waits for.
    redis = await launchRedisServer({ dir, persist: false, port: await freePort(BELOW_EPHEMERAL) });
    // One stats connection for the whole test: a new one per look would add connection churn of
    // its own beside the probes, and on a busy machine each look would take longer than a probe.
    const stats = await connectProducer(redis.url, testLog, "newsdesk-test-stats");
    const before = await connectionsReceived(stats);
    const controller = new AbortController();
    let said: string | undefined;
    // A probe waits everyMs for an answer: on a loaded machine five late answers in a row are
    // possible while Redis is up, so silence is not what this test asks about (refusal is).
    const watch = untilRedisStopsAnswering(redis.url, { everyMs: 50, silentTimes: 1_000 })(
      controller.signal,
    ).then((why) => {
      said = why;
      return why;
    });
    // Several probes answered (each is one connection): the watch is still waiting. The probes
    // come every 50 ms, or later on a loaded machine: the wait is bounded by the test, not by a
    // second.
    await expect
      .poll(async () => (await connectionsReceived(stats)) - before, { timeout: 20_000 })
      .toBeGreaterThan(3);
    expect(said).toBeUndefined();
    await closeConnection(stats);
    await redis.stop();
    expect(await watch).toMatch(/stopped answering \(refused\)/);
    controller.abort();
  });
});

/** How many connections the server has taken so far (each probe is one). */
async function connectionsReceived(connection: Redis): Promise<number> {
  const stats = await connection.info("stats");
  return Number(/total_connections_received:(\d+)/.exec(stats)?.[1] ?? 0);
}
