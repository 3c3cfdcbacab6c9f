import { readdir, readFile } from "node:fs/promises";
import type { Db } from "./db.js";
import { MigrationError, SchemaTooNewError } from "./errors.js";

/** The versioned SQL files shipped with the package (`migrations/NNNN_name.sql`). */
export const MIGRATIONS_DIR = new URL("../migrations/", import.meta.url);

export interface Migration {
  /** The file name without `.sql`, e.g. `0001_initial`; applied in this order. */
  version: string;
  sql: string;
}

/** Reads the migration files, sorted by version. */
export async function loadMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file)).sort();
  return Promise.all(
    files.map(async (file) => ({
      version: file.slice(0, -".sql".length),
      sql: await readFile(new URL(file, dir), "utf8"),
    })),
  );
}

/**
 * Applies the migrations not yet applied, each in its own transaction, under an advisory lock so
 * that two processes starting together apply each migration once. With `schema`, creates it
 * first (the connection's search path must name it). Returns the versions applied.
 */
export async function migrate(db: Db, migrations: Migration[], schema?: string): Promise<string[]> {
  return db.withAdvisoryLock(`newsdesk-migrate:${schema ?? "public"}`, async (conn) => {
    if (schema) await conn.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await conn.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version text PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const rows = await conn.query<{ version: string }>("SELECT version FROM schema_migrations");
    const applied = new Set(rows.map((row) => row.version));
    const known = new Set(migrations.map((migration) => migration.version));
    const unknown = [...applied].filter((version) => !known.has(version)).sort();
    if (unknown.length > 0) throw new SchemaTooNewError(unknown);
    const done: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      try {
        await conn.exec(
          `BEGIN;\n${migration.sql}\n;INSERT INTO schema_migrations (version) VALUES ('${migration.version}');\nCOMMIT;`,
        );
      } catch (error) {
        await conn.exec("ROLLBACK");
        throw new MigrationError(migration.version, error);
      }
      done.push(migration.version);
    }
    return done;
  });
}
