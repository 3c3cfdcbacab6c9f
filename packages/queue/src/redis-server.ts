import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createConnection } from "node:net";
import { join } from "node:path";
import getPort, { portNumbers } from "get-port";
import { RedisNotInstalledError, RedisStartError } from "./errors.js";

export interface RedisServer {
  url: string;
  port: number;
  /** True when this process launched it (and `stop` ends it). */
  owned: boolean;
  /** Ends a server this process launched (flushing its AOF); does nothing otherwise. */
  stop(): Promise<void>;
}

export interface LaunchOptions {
  /** Folder for the AOF and the state file. */
  dir: string;
  /** AOF on (the default): queued jobs survive a restart. Tests turn it off. */
  persist?: boolean;
  /** Executable; `redis-server` from PATH by default. */
  command?: string;
  /** How long to wait for "ready". */
  timeoutMs?: number;
  /** This port instead of a free one (a test bringing a stopped server back). */
  port?: number;
}

/** Launches `redis-server` on a free 127.0.0.1 port with its data in `dir`. */
export async function launchRedisServer(options: LaunchOptions): Promise<RedisServer> {
  await mkdir(options.dir, { recursive: true });
  if (options.port !== undefined) return startOn(options.port, options);
  let lastError: unknown;
  // A free port can be taken between finding it and binding it: try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    try {
      return await startOn(port, options);
    } catch (error) {
      if (!(error instanceof RedisStartError) || !/in use/i.test(error.output)) throw error;
      lastError = error;
    }
  }
  throw lastError;
}

async function startOn(port: number, options: LaunchOptions): Promise<RedisServer> {
  const args = [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--dir",
    options.dir,
    "--appendonly",
    options.persist === false ? "no" : "yes",
    "--save",
    "",
    "--daemonize",
    "no",
    "--logfile",
    "",
  ];
  const child = spawn(options.command ?? "redis-server", args, {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new RedisStartError(`not ready after ${options.timeoutMs ?? 10_000} ms`, output));
    }, options.timeoutMs ?? 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready to accept connections/i.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === "ENOENT" ? new RedisNotInstalledError() : error);
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new RedisStartError(`exited with ${signal ?? `code ${code}`}`, output));
    });
  });
  // Keep draining its output so a full pipe never blocks it.
  child.stdout?.resume();
  child.stderr?.resume();
  child.unref();
  (child.stdout as { unref?: () => void } | null)?.unref?.();
  (child.stderr as { unref?: () => void } | null)?.unref?.();
  return { url: `redis://127.0.0.1:${port}`, port, owned: true, stop: () => stopChild(child) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  // Launched unref'd so it never keeps a process alive by itself; waiting for its exit must.
  child.ref();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // SIGTERM: redis-server flushes its AOF and exits cleanly.
  child.kill("SIGTERM");
  await exited;
}

/**
 * A TCP port nothing listens on right now; from `range` ([first, last]) when given, else one the
 * system hands out.
 */
export function freePort(range?: readonly [number, number]): Promise<number> {
  return getPort({ host: "127.0.0.1", port: range ? portNumbers(...range) : undefined });
}

/** True when something at host:port answers a Redis PING. */
export function pingRedis(port: number, host = "127.0.0.1", timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

/**
 * Whether the Redis at host:port is still there: it answers (any reply to PING, a NOAUTH
 * error too; for TLS, which a plain PING cannot speak, taking the connection is enough),
 * refuses (nothing listens: the server is gone), or is silent (no answer in time, which on a
 * busy machine is not yet proof of anything).
 */
export function probeRedis(
  port: number,
  host = "127.0.0.1",
  options: { timeoutMs?: number; tls?: boolean } = {},
): Promise<"answers" | "refused" | "silent"> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    const done = (answer: "answers" | "refused" | "silent") => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(options.timeoutMs ?? 1_000, () => done("silent"));
    socket.once("error", (error: NodeJS.ErrnoException) =>
      done(error.code === "ECONNREFUSED" ? "refused" : "silent"),
    );
    socket.once("connect", () => (options.tls ? done("answers") : socket.write("PING\r\n")));
    socket.once("data", () => done("answers"));
  });
}

/** The state file an embedded redis-server's launcher leaves in `$dataDir/redis`. */
function stateFileOf(dataDir: string): string {
  return join(dataDir, "redis", "newsdesk-redis.json");
}

/**
 * The embedded redis-server another Newsdesk process launched into `$dataDir/redis`, if it
 * answers; undefined otherwise. Launches nothing (for read-only commands like `status`).
 */
export async function findEmbeddedRedis(dataDir: string): Promise<RedisServer | undefined> {
  const previous: { port?: unknown } = await readFile(stateFileOf(dataDir), "utf8").then(
    (text) => JSON.parse(text) as { port?: unknown },
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return {};
      throw error;
    },
  );
  if (typeof previous.port !== "number" || !(await pingRedis(previous.port))) return undefined;
  const port = previous.port;
  return { url: `redis://127.0.0.1:${port}`, port, owned: false, stop: async () => {} };
}

/**
 * The embedded default: reuses the redis-server another Newsdesk process launched into
 * `$dataDir/redis` if it answers, else launches one there (AOF on) and records its port.
 */
export async function ensureEmbeddedRedis(dataDir: string): Promise<RedisServer> {
  const running = await findEmbeddedRedis(dataDir);
  if (running) return running;
  const server = await launchRedisServer({ dir: join(dataDir, "redis") });
  await writeFile(
    stateFileOf(dataDir),
    `${JSON.stringify({ port: server.port, pid: process.pid })}\n`,
  );
  return server;
}
