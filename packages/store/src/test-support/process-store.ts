import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createStore, type Store } from "../create-store.js";

/**
 * The store that worker processes under test and the test itself open in turn: PostgreSQL in a
 * schema of its own when a database URL is given, else PGlite in a temporary folder (one process
 * at a time may hold PGlite open, so the test opens it only while no child runs).
 */
export interface ProcessStore {
  /** The temporary folder: the children's DATA_DIR, and PGlite's data when there is no URL. */
  readonly dir: string;
  /** The schema on PostgreSQL, none on PGlite. */
  readonly schema: string | undefined;
  /** What a child process needs to open the same store. */
  readonly env: { DATA_DIR: string; DATABASE_URL?: string };
  open(): Promise<Store>;
  /** Drops the schema (PostgreSQL) and removes the folder. */
  remove(): Promise<void>;
}

export async function createProcessStore(
  label: string,
  databaseUrl: string | undefined = process.env.DATABASE_URL,
): Promise<ProcessStore> {
  const dir = await mkdtemp(join(tmpdir(), `newsdesk-${label}-`));
  const schema = databaseUrl
    ? `test_${label.replace(/\W/g, "_")}_${randomBytes(4).toString("hex")}`
    : undefined;
  const open = (): Promise<Store> =>
    createStore(databaseUrl ? { databaseUrl, schema } : { dataDir: dir });
  return {
    dir,
    schema,
    env: {
      DATA_DIR: dir,
      ...(databaseUrl && schema ? { DATABASE_URL: withSearchPath(databaseUrl, schema) } : {}),
    },
    open,
    async remove() {
      if (databaseUrl && schema) {
        const store = await createStore({ databaseUrl, maxConnections: 1 });
        try {
          await store.db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        } finally {
          await store.close();
        }
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The same URL with the schema as the connection's search path (pg reads `options`). */
export function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("options", `-c search_path=${schema}`);
  return parsed.toString();
}

/** Terminates every other connection to the store's database; returns how many it ended. */
export async function terminateOtherConnections(store: Store): Promise<number> {
  const [row] = await store.db.query<{ n: number }>(
    `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  return row?.n ?? 0;
}
