import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "@newsdesk/queue";
import {
  deleteKeysAt,
  startTestRedis,
  type TestRedis,
  uniquePrefix,
} from "@newsdesk/queue/test-support";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runNewsdesk } from "../test-io.js";
import { type StartProcess, spawnStart } from "../test-support/spawn-start.js";

const SAMPLES = new URL("../../../../samples/", import.meta.url);

/**
 * The embedded default with `newsdesk start` running in another process: it owns the PGlite
 * folder and serves it on its socket, so every other command simply works beside it.
 */
describe("commands beside a running `newsdesk start` (embedded PGlite)", () => {
  let redis: TestRedis;
  let dir: string;
  let start: StartProcess | undefined;
  const prefix = uniquePrefix();

  beforeAll(async () => {
    redis = await startTestRedis();
    dir = await mkdtemp(join(tmpdir(), "newsdesk-cli-beside-"));
    const env = {
      REDIS_URL: redis.url,
      DATABASE_URL: "",
      DATA_DIR: join(dir, "data"),
      INBOX_DIR: join(dir, "inbox"),
      QUEUE_PREFIX: prefix,
      PORT: String(await freePort()),
      LOG_LEVEL: "warn",
    };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    start = await spawnStart(env, join(dir, "no-samples"));
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await start?.stop();
    if (redis) {
      await deleteKeysAt(redis.url, prefix);
      await redis.stop();
    }
    await rm(dir, { recursive: true, force: true });
  });

  it("ingest --wait: the running worker splits and classifies, with progress and a summary", async () => {
    const result = await runNewsdesk(
      "ingest",
      new URL("world-desk.txt", SAMPLES).pathname,
      "--wait",
      "--json",
    );
    expect(result.code).toBe(0);
    expect(result.err()).toMatch(/dump #\d+ \(world-desk\.txt\): queued/);
    const summary = JSON.parse(result.out());
    expect(summary.new).toBeGreaterThan(0);
    expect(summary.failed).toBe(0);
  });

  it("status reads the running database and queues", async () => {
    const status = await runNewsdesk("status", "--json");
    expect(status.code).toBe(0);
    const report = JSON.parse(status.out());
    expect(report.source).toMatch(/served by process \d+/);
    expect(report.workers).toBeGreaterThanOrEqual(1);
    expect(report.articles).toBeGreaterThan(0);
  });

  it("subscribers add, preview and digest build --send work while it runs", async () => {
    const added = await runNewsdesk(
      "subscribers",
      "add",
      "reader@example.org",
      "--frequency",
      "daily",
    );
    expect(added.code).toBe(0);
    const preview = await runNewsdesk("preview", "--text");
    expect(preview.code).toBe(0);
    expect(preview.out().length).toBeGreaterThan(100);
    const built = await runNewsdesk("digest", "build", "--frequency", "daily", "--send", "--json");
    expect(built.code).toBe(0);
    const summary = JSON.parse(built.out());
    expect(summary.audience).toBe(1);
    // The running digest delivers what the command queued.
    expect(summary.send.deliveredBy).toBe("worker");
  });
});
