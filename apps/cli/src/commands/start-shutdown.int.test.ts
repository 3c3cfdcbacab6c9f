import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeConnection, connectProducer, freePort } from "@newsdesk/queue";
import { testLog } from "@newsdesk/queue/test-support";
import { afterEach, describe, expect, it } from "vitest";
import { type StartProcess, spawnStart } from "../test-support/spawn-start.js";

// Generous: a stop that hangs never ends, and a busy 2-core machine is slow, not stuck.
const STOP_WITHIN_MS = 30_000;

/**
 * `newsdesk start` on its embedded defaults (a redis-server it launches, PGlite) must stop on
 * SIGTERM even when what it would close is already gone, and say so.
 */
describe("`newsdesk start` stopping after its services went away", () => {
  let dir: string;
  let start: StartProcess | undefined;

  async function startEmbedded(): Promise<{ dataDir: string; start: StartProcess }> {
    dir = await mkdtemp(join(tmpdir(), "newsdesk-cli-stop-"));
    const dataDir = join(dir, "data");
    start = await spawnStart(
      {
        REDIS_URL: "",
        DATABASE_URL: "",
        DATA_DIR: dataDir,
        INBOX_DIR: join(dir, "inbox"),
        PORT: String(await freePort()),
        LOG_LEVEL: "warn",
      },
      join(dir, "no-samples"),
    );
    return { dataDir, start };
  }

  /** SIGTERM, then the exit code, or a failure naming what it said if it does not exit. */
  async function stopWithin(process: StartProcess): Promise<number | null> {
    process.child.kill("SIGTERM");
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`still running after SIGTERM: ${process.output()}`)),
        STOP_WITHIN_MS,
      );
    });
    try {
      return await Promise.race([process.exited(), hung]);
    } finally {
      clearTimeout(timer);
    }
  }

  afterEach(async () => {
    if (start && start.child.exitCode === null && start.child.signalCode === null) {
      start.child.kill("SIGKILL");
      await start.exited();
    }
    start = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  it("stops when its redis-server was killed, naming what it skipped", async () => {
    const { dataDir, start } = await startEmbedded();
    const { port } = JSON.parse(
      await readFile(join(dataDir, "redis", "newsdesk-redis.json"), "utf8"),
    ) as { port: number };
    const redisPid = await redisServerPid(port);
    process.kill(redisPid, "SIGKILL");
    await expect.poll(() => isRunning(redisPid), { timeout: 10_000 }).toBe(false);

    const code = await stopWithin(start);

    expect(code).toBe(1);
    // Which of the steps that talk to Redis is left unclosed depends on timing: a BullMQ worker
    // with no job in hand may finish closing over the dead connection before the watch sees it.
    expect(start.output()).toMatch(
      /could not close the (ingest and classify workers|delivery worker): skipped/,
    );
    expect(start.output()).toMatch(/Redis at redis:\/\/127\.0\.0\.1:\d+\/? stopped answering/);
    expect(start.output()).toMatch(/Newsdesk stopped without closing .*Check that Redis/);
  });

  it("stops when its data folder was deleted, naming what it skipped", async () => {
    const { dataDir, start } = await startEmbedded();
    await rm(dataDir, { recursive: true, force: true });

    const code = await stopWithin(start);

    expect(code).not.toBeNull();
    expect(start.output()).toMatch(/Newsdesk stopped/);
  });
});

/** The pid of the redis-server listening on `port`, from its own INFO. */
async function redisServerPid(port: number): Promise<number> {
  const connection = await connectProducer(
    `redis://127.0.0.1:${port}`,
    testLog,
    "newsdesk-test-probe",
  );
  try {
    const info = await connection.info("server");
    const pid = /process_id:(\d+)/.exec(info)?.[1];
    if (!pid) throw new Error(`no process_id in INFO: ${info}`);
    return Number(pid);
  } finally {
    await closeConnection(connection);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
