import type { Sql } from "./db.js";

/** A table's size and changes since it was last analyzed (`pg_stat_user_tables`). */
export interface TableActivity {
  table: string;
  liveRows: number;
  changedSinceAnalyze: number;
}

/**
 * The tables autovacuum would analyze, with its default threshold (50 rows plus a tenth of the
 * table changed). PGlite runs no autovacuum: without statistics the planner never learns how
 * large the label tables grew and scans them whole for every classify batch. Only ANALYZE: it
 * reads a bounded sample, while a VACUUM of a large table would hold the owner's event loop
 * (PGlite runs on it) for longer than a job lock lasts.
 */
export function maintenanceStatements(tables: readonly TableActivity[]): string[] {
  return tables
    .filter(({ liveRows, changedSinceAnalyze }) => changedSinceAnalyze > 50 + 0.1 * liveRows)
    .map(({ table }) => `ANALYZE "${table.replaceAll('"', '""')}"`);
}

/** Runs what `maintenanceStatements` says the store's tables need, one statement at a time. */
export async function maintainTables(db: Sql): Promise<string[]> {
  const tables = await db.query<TableActivity>(
    `SELECT relname AS "table", n_live_tup::int AS "liveRows",
       n_mod_since_analyze::int AS "changedSinceAnalyze"
     FROM pg_stat_user_tables WHERE schemaname = current_schema()`,
  );
  const statements = maintenanceStatements(tables);
  for (const statement of statements) await db.exec(statement);
  return statements;
}

/** A table's size now and when it was last analyzed (`pg_class.relpages`), in pages. */
export interface TableSize {
  table: string;
  pages: number;
  analyzedPages: number;
}

/**
 * The tables to analyze when the owner opens the folder: PGlite's change counters start at zero
 * on every open, so a table grown by an earlier session that ended before its next check (a
 * short `ingest`, a killed process) would keep its old statistics until it changed as much again.
 * Its size tells instead: a table a tenth larger or smaller than its last ANALYZE saw, or never
 * analyzed and not empty. A store analyzed before it closed needs nothing.
 */
export function startupStatements(tables: readonly TableSize[]): string[] {
  return tables
    .filter(({ pages, analyzedPages }) =>
      analyzedPages <= 0 ? pages > 0 : Math.abs(pages - analyzedPages) > 0.1 * analyzedPages,
    )
    .map(({ table }) => `ANALYZE "${table.replaceAll('"', '""')}"`);
}

/** Runs what `startupStatements` says the store's tables need, one statement at a time. */
export async function analyzeChangedTables(db: Sql): Promise<string[]> {
  const tables = await db.query<TableSize>(
    `SELECT c.relname AS "table",
       (pg_relation_size(c.oid) / current_setting('block_size')::int)::int AS pages,
       c.relpages AS "analyzedPages"
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r'`,
  );
  const statements = startupStatements(tables);
  for (const statement of statements) await db.exec(statement);
  return statements;
}

/** Every `everyMs`, the owner of a PGlite folder analyzes what autovacuum would; `stop` ends it. */
export function keepPgliteMaintained(
  db: Sql,
  options: { everyMs?: number; onError: (error: Error) => void },
): { stop(): Promise<void> } {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    running ??= maintainTables(db)
      .catch((error: unknown) =>
        options.onError(error instanceof Error ? error : new Error(String(error))),
      )
      .finally(() => {
        running = undefined;
      });
  }, options.everyMs ?? 60_000);
  // The process may exit whenever it likes: maintenance is no reason to stay up.
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
