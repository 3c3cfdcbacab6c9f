import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { checkOutClient } from "./checked-out-client.js";
import { MAX_SOCKET_PATH, PgliteBusyError, SocketPathTooLongError } from "./errors.js";
import { keepPgliteMaintained } from "./pglite-maintenance.js";
import { SOCKET_PORT, servePglite } from "./pglite-server.js";

/** Runs SQL: a pool, one connection, or a transaction. */
export interface Sql {
  /** Runs one statement with `$1`-style parameters and returns its rows. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters. */
  exec(text: string): Promise<void>;
}

/** A database: PostgreSQL through `pg`, or PGlite (in this process, or served by its owner). */
export interface Db extends Sql {
  readonly kind: "postgres" | "pglite";
  /** Runs `fn` in one transaction on one connection; rolls back if it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** Runs `fn` on one connection holding a session advisory lock on `key`. */
  withAdvisoryLock<T>(key: string, fn: (conn: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const INT8_OID = 20;

/** Opens a `pg` pool. `schema` sets the search path (tests give each run its own schema). */
export function openPostgres(
  url: string,
  options: { schema?: string; max?: number; onIdleError?: (error: Error) => void } = {},
): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    // Counts and ids are bigint; they fit a JS number long before they matter here.
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === INT8_OID
          ? Number
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on("error", options.onIdleError ?? ((error) => process.emitWarning(error)));
  const onClient = (client: pg.PoolClient): Sql => ({
    query: async (text, params) => (await client.query(text, params as unknown[])).rows,
    exec: async (text) => {
      await client.query(text);
    },
  });
  return {
    kind: "postgres",
    query: async (text, params) => (await pool.query(text, params as unknown[])).rows,
    exec: async (text) => {
      await pool.query(text);
    },
    async transaction(fn) {
      const { client, release } = await checkOutClient(pool);
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const result = await fn(onClient(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        try {
          await client.query("ROLLBACK");
        } catch (rollbackError) {
          // The connection is unusable: the pool discards it instead of reusing it.
          broken =
            rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        }
        throw error;
      } finally {
        release(broken);
      }
    },
    async withAdvisoryLock(key, fn) {
      const { client, release } = await checkOutClient(pool);
      try {
        await client.query("SELECT pg_advisory_lock(hashtext($1))", [key]);
        try {
          return await fn(onClient(client));
        } finally {
          await client.query("SELECT pg_advisory_unlock(hashtext($1))", [key]);
        }
      } finally {
        release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * Opens PGlite: in memory when `dataDir` is undefined, else in that folder. A pid file beside
 * the folder makes a second process fail with a clear error instead of corrupting the data.
 */
export async function openPglite(dataDir?: string): Promise<Db> {
  const lockFile = dataDir ? `${dataDir}.pid` : undefined;
  const lockToken = randomUUID();
  if (dataDir && lockFile) {
    await mkdir(dirname(dataDir), { recursive: true });
    await acquirePidFile(lockFile, dataDir, lockToken);
  }
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir ? { dataDir } : {});
  } catch (error) {
    if (lockFile) await rm(lockFile, { force: true });
    throw error;
  }
  return pgliteDb(db, async () => {
    await db.close();
    if (lockFile) await rm(lockFile, { force: true });
  });
}

/** A `Db` on a PGlite this process opened, used by it alone. */
function pgliteDb(db: PGlite, close: () => Promise<void>): Db {
  const onTx = (tx: Pick<PGlite, "query" | "exec">): Sql => ({
    query: async <Row>(text: string, params?: readonly unknown[]) =>
      (await tx.query<Row>(text, params as unknown[])).rows,
    exec: async (text) => {
      await tx.exec(text);
    },
  });
  return {
    kind: "pglite",
    ...onTx(db),
    transaction: (fn) => db.transaction((tx) => fn(onTx(tx))),
    // One connection, one process: the lock is the pid file; PGlite runs statements one at a time.
    withAdvisoryLock: (_key, fn) => fn(onTx(db)),
    close,
  };
}

/**
 * How long a process waits for the owner of a PGlite folder to start serving it: the owner
 * opens and migrates the folder first (32 s measured for a fresh one on a machine at load 17).
 */
const OWNER_WAIT_MS = 120_000;

/**
 * PGlite in `dataDir`, shared by every process on this host. The first process takes the pid
 * file, opens the folder and serves it as a PostgreSQL server on a Unix socket in
 * `<dataDir>-socket/`; the others connect to that socket with `pg`. The owner too runs its
 * statements through the socket, so everyone's take turns on PGlite's one session with no
 * transaction or statement of one seen half-done by another (see `pglite-server.ts`).
 */
export async function openSharedPglite(
  dataDir: string,
  options: {
    max?: number;
    onIdleError?: (error: Error) => void;
    /**
     * Run by the owner on its PGlite before it serves the socket (the migrations): the processes
     * served share one PGlite session, in which an advisory lock keeps none of them out.
     */
    beforeServing?: (db: Db) => Promise<void>;
  } = {},
): Promise<{ db: Db; owned: boolean; ownerPid: number }> {
  const lockFile = `${dataDir}.pid`;
  const socketDir = resolve(`${dataDir}-socket`);
  const url = `postgresql://postgres@localhost:${SOCKET_PORT}/postgres?host=${encodeURIComponent(socketDir)}`;
  const socketPath = `${socketDir}/.s.PGSQL.${SOCKET_PORT}`;
  if (Buffer.byteLength(socketPath) > MAX_SOCKET_PATH) throw new SocketPathTooLongError(socketPath);
  const lockToken = randomUUID();
  await mkdir(socketDir, { recursive: true });
  try {
    await acquirePidFile(lockFile, dataDir, lockToken);
  } catch (error) {
    if (!(error instanceof PgliteBusyError)) throw error;
    return {
      db: { ...(await connectWhenServed(url, options, error)), kind: "pglite" },
      owned: false,
      ownerPid: error.pid,
    };
  }
  let pglite: PGlite | undefined;
  try {
    pglite = await PGlite.create({ dataDir });
    if (options.beforeServing) {
      await options.beforeServing(pgliteDb(pglite, async () => undefined));
    }
    const server = await servePglite(pglite, socketDir);
    const served = openPostgres(url, options);
    const owned = pglite;
    const maintenance = keepPgliteMaintained(served, {
      onError: (error) =>
        process.emitWarning(`PGlite maintenance (ANALYZE) failed: ${error.message}`),
    });
    return {
      owned: true,
      ownerPid: process.pid,
      db: {
        ...served,
        kind: "pglite",
        async close() {
          await maintenance.stop();
          await served.close();
          await server.close();
          await owned.close();
          await rm(lockFile, { force: true });
        },
      },
    };
  } catch (error) {
    await pglite?.close();
    await rm(lockFile, { force: true });
    throw error;
  }
}

/** Connects to the owner's socket, waiting while the owner is still opening the folder. */
async function connectWhenServed(
  url: string,
  options: { max?: number; onIdleError?: (error: Error) => void },
  busy: PgliteBusyError,
): Promise<Db> {
  const deadline = Date.now() + OWNER_WAIT_MS;
  for (;;) {
    const db = openPostgres(url, options);
    try {
      await db.query("SELECT 1");
      return db;
    } catch (error) {
      await db.close();
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== "ENOENT" && code !== "ECONNREFUSED") || Date.now() > deadline) throw busy;
      await delay(200);
    }
  }
}

async function acquirePidFile(lockFile: string, dataDir: string, token: string): Promise<void> {
  const content = `${process.pid}\n${token}\n`;
  try {
    await writeFile(lockFile, content, { flag: "wx" });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const owner = Number.parseInt((await readFile(lockFile, "utf8")).split("\n")[0] ?? "", 10);
  if (Number.isInteger(owner) && isAlive(owner)) {
    throw new PgliteBusyError(dataDir, owner);
  }
  // Left behind by a process that died without closing: take it over.
  await writeFile(lockFile, content);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
