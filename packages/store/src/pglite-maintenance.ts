import type { Sql } from "./db.js";

/** A table's activity since it was last vacuumed and analyzed (`pg_stat_user_tables`). */
export interface TableActivity {
  table: string;
  liveRows: number;
  deadRows: number;
  changedSinceAnalyze: number;
}

/**
 * What PostgreSQL's autovacuum would run, with its default thresholds (50 rows plus 20% of the
 * table dead to vacuum, plus 10% changed to analyze). PGlite runs no autovacuum: without it
 * the planner never learns how large the label tables grew and scans them whole for every
 * classify batch, and the partial index of unclassified articles fills with dead entries.
 */
export function maintenanceStatements(tables: readonly TableActivity[]): string[] {
  const statements: string[] = [];
  for (const { table, liveRows, deadRows, changedSinceAnalyze } of tables) {
    const name = `"${table.replaceAll('"', '""')}"`;
    if (deadRows > 50 + 0.2 * liveRows) statements.push(`VACUUM (ANALYZE) ${name}`);
    else if (changedSinceAnalyze > 50 + 0.1 * liveRows) statements.push(`ANALYZE ${name}`);
  }
  return statements;
}

/** Runs what `maintenanceStatements` says the store's tables need, one statement at a time. */
export async function maintainTables(db: Sql): Promise<string[]> {
  const tables = await db.query<TableActivity>(
    `SELECT relname AS "table", n_live_tup::int AS "liveRows", n_dead_tup::int AS "deadRows",
       n_mod_since_analyze::int AS "changedSinceAnalyze"
     FROM pg_stat_user_tables WHERE schemaname = current_schema()`,
  );
  const statements = maintenanceStatements(tables);
  for (const statement of statements) await db.exec(statement);
  return statements;
}

/** Every `everyMs`, the owner of a PGlite folder does what autovacuum would; `stop` ends it. */
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
