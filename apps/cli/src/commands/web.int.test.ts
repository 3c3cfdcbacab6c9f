import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  deleteKeysAt,
  startTestRedis,
  type TestRedis,
  uniquePrefix,
} from "@newsdesk/queue/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/newsdesk.js", import.meta.url));

/** `newsdesk web` as production runs it: its own process, its own store, until SIGTERM. */
describe("newsdesk web", () => {
  let redis: TestRedis;
  let dir: string;
  let web: ChildProcess | undefined;
  const prefix = uniquePrefix();
  let stdout = "";

  beforeAll(async () => {
    [redis, dir] = await Promise.all([startTestRedis(), mkdtemp(join(tmpdir(), "newsdesk-web-"))]);
    const port = await freePort();
    web = spawn(process.execPath, [BIN, "web"], {
      env: {
        PATH: process.env.PATH,
        REDIS_URL: redis.url,
        DATABASE_URL: "",
        DATA_DIR: join(dir, "data"),
        PORT: String(port),
        QUEUE_PREFIX: prefix,
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    web.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await new Promise<void>((resolve, reject) => {
      web?.stdout?.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes("Press Ctrl-C to stop.")) resolve();
      });
      web?.once("exit", (code) => reject(new Error(`newsdesk web exited with ${code}: ${stderr}`)));
    });
  });

  afterAll(async () => {
    if (web && web.exitCode === null) {
      web.kill("SIGKILL");
      await once(web, "exit");
    }
    if (redis) {
      await deleteKeysAt(redis.url, prefix);
      await redis.stop();
    }
    await rm(dir, { recursive: true, force: true });
  });

  it("prints its pages and where the admin token is, never the token itself", async () => {
    const url = /web {6}(http:\/\/\S+)\//.exec(stdout)?.[1];
    expect(url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(stdout).toContain(`${url}/preview`);
    expect(stdout).toContain(`${url}/outbox`);
    expect(stdout).toContain(`${url}/admin`);
    expect(stdout).toContain(join(dir, "data", "admin-token"));
    const token = (await readFile(join(dir, "data", "admin-token"), "utf8")).trim();
    expect(token.length).toBeGreaterThan(16);
    expect(stdout).not.toContain(token);

    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({
      ok: true,
      redis: "ok",
      database: "ok",
      lost: { dumps: 0, articles: 0, deliveries: 0 },
    });
    const front = await fetch(`${url}/`);
    expect(front.status).toBe(200);
    expect(await front.text()).toContain('action="/subscribe"');
  });

  it("stops cleanly on SIGTERM", async () => {
    web?.kill("SIGTERM");
    const [code] = await once(web as ChildProcess, "exit");
    expect(code).toBe(0);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}
