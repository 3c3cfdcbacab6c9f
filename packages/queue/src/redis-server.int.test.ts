import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { connectProducer } from "./connection.js";
import { RedisNotInstalledError, RedisUnreachableError } from "./errors.js";
import {
  ensureEmbeddedRedis,
  freePort,
  launchRedisServer,
  pingRedis,
  type RedisServer,
} from "./redis-server.js";
import { testLog } from "./test-support/index.js";

describe("embedded redis-server", () => {
  const servers: RedisServer[] = [];
  let dir: string | undefined;
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("launches on a free port with AOF on, is reused by a second process, and stops", async () => {
    dir = await mkdtemp(join(tmpdir(), "newsdesk-embedded-"));
    const first = await ensureEmbeddedRedis(dir);
    servers.push(first);
    expect(first.owned).toBe(true);
    expect(first.url).toBe(`redis://127.0.0.1:${first.port}`);
    expect(await pingRedis(first.port)).toBe(true);

    const second = await ensureEmbeddedRedis(dir);
    expect(second).toMatchObject({ owned: false, port: first.port });

    await first.stop();
    expect(await pingRedis(first.port)).toBe(false);
  });

  it("launches a new one when the recorded one is gone", async () => {
    dir = await mkdtemp(join(tmpdir(), "newsdesk-embedded-"));
    const deadPort = await freePort();
    await rm(join(dir, "redis"), { recursive: true, force: true });
    const server = await launchRedisServer({ dir: join(dir, "redis"), persist: false });
    await server.stop();
    await writeFile(join(dir, "redis", "newsdesk-redis.json"), JSON.stringify({ port: deadPort }));
    const fresh = await ensureEmbeddedRedis(dir);
    servers.push(fresh);
    expect(fresh.owned).toBe(true);
    expect(await pingRedis(fresh.port)).toBe(true);
  });

  it("names the ways to get Redis when redis-server is not installed", async () => {
    dir = await mkdtemp(join(tmpdir(), "newsdesk-embedded-"));
    const error = await launchRedisServer({
      dir,
      command: "redis-server-not-installed-here",
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RedisNotInstalledError);
    expect((error as Error).message).toContain("docker compose up -d redis");
    expect((error as Error).message).toContain("apt install redis-server");
    expect((error as Error).message).toContain("brew install redis");
  });
});

describe("a producer connection", () => {
  it("fails fast with a clear error when nothing answers at REDIS_URL", async () => {
    const port = await freePort();
    const started = Date.now();
    const error = await connectProducer(`redis://127.0.0.1:${port}`, testLog).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(RedisUnreachableError);
    expect((error as Error).message).toContain("docker compose up -d redis");
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("RedisUnreachableError", () => {
  it("never carries the password, in its message or its fields", () => {
    const error = new RedisUnreachableError(
      "redis://user:s3cret@127.0.0.1:6379",
      new Error("refused"),
    );
    expect(error.message).not.toContain("s3cret");
    expect(JSON.stringify({ ...error })).not.toContain("s3cret");
  });
});
