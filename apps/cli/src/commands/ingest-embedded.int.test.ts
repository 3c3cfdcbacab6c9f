import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  deleteKeysAt,
  startTestRedis,
  type TestRedis,
  uniquePrefix,
} from "@newsdesk/queue/test-support";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runNewsdesk } from "../test-io.js";

const SAMPLES = new URL("../../../../samples/", import.meta.url);
const BIN = fileURLToPath(new URL("../../bin/newsdesk.js", import.meta.url));

/**
 * The embedded default with a worker running: PGlite has one owner (the worker), so `ingest`
 * hands dumps over through the inbox folder and `status` reads the worker's published counts.
 */
describe("newsdesk ingest / status beside a running worker (PGlite)", () => {
  let redis: TestRedis;
  let dir: string;
  let worker: ChildProcess | undefined;
  const prefix = uniquePrefix();

  beforeAll(async () => {
    redis = await startTestRedis();
    dir = await mkdtemp(join(tmpdir(), "newsdesk-cli-embedded-"));
    const env = {
      REDIS_URL: redis.url,
      DATABASE_URL: "",
      DATA_DIR: join(dir, "data"),
      INBOX_DIR: join(dir, "inbox"),
      QUEUE_PREFIX: prefix,
      LOG_LEVEL: "info",
    };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    worker = spawn(process.execPath, [BIN, "worker"], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    // Ready when it says so (pino logs JSON lines to stderr).
    let log = "";
    await new Promise<void>((resolve, reject) => {
      worker?.stderr?.on("data", (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('"msg":"worker ready"')) resolve();
      });
      worker?.once("exit", (code) => reject(new Error(`worker exited with ${code}: ${log}`)));
    });
    worker.stderr?.resume();
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    if (worker && worker.exitCode === null) {
      worker.kill("SIGTERM");
      await once(worker, "exit");
    }
    if (redis) {
      await deleteKeysAt(redis.url, prefix);
      await redis.stop();
    }
    await rm(dir, { recursive: true, force: true });
  });

  it("ingest --wait hands the dump to the worker through its inbox", async () => {
    const result = await runNewsdesk(
      "ingest",
      new URL("world-desk.txt", SAMPLES).pathname,
      "--wait",
    );
    expect(result.code).toBe(0);
    expect(result.err()).toMatch(/handed to the running worker \(process \d+\)/);
    expect(result.out()).toMatch(/world-desk\.txt: ingested/);
    expect(await readdir(join(dir, "inbox", "done"))).toEqual(["world-desk.txt"]);
  });

  it("status reads the counts the worker publishes", async () => {
    const status = await runNewsdesk("status", "--json");
    expect(status.code).toBe(0);
    const report = JSON.parse(status.out());
    expect(report.source).toMatch(/^worker \d+ at /);
    expect(report.workers).toBeGreaterThanOrEqual(1);
    expect(Object.keys(report.queues).sort()).toEqual(["classify", "ingest"]);
    expect(typeof report.articles).toBe("number");
  });
});
