import type { Db } from "./db.js";

export interface StoreCounts {
  articles: number;
  classified: number;
  dumps: number;
  classifyFailed: number;
  byRegion: { id: string; articles: number }[];
  byBeat: { id: string; articles: number }[];
}

/**
 * Rows of changes past which reading the counts folds them into one row per counter: enough
 * that a busy ingest is not rewritten on every `status`, few enough to read in a millisecond.
 */
const FOLD_AFTER_ROWS = 1_000;

/**
 * The totals `newsdesk status` and the health page show, read from `store_counts`, which
 * triggers keep as articles and dumps change (migration 0013): the cost does not grow with the
 * number of articles stored.
 */
export function storeCountQueries(db: Db) {
  return {
    /** Articles stored, classified and failed to classify, dumps, and articles by primary region and beat. */
    async counts(): Promise<StoreCounts> {
      const rows = await db.query<{ counter: string; label: string; total: number; rows: number }>(
        `SELECT counter, label, sum(delta)::int AS total, count(*)::int AS rows
         FROM store_counts GROUP BY counter, label`,
      );
      if (rows.reduce((sum, row) => sum + row.rows, 0) > FOLD_AFTER_ROWS) await foldCounts(db);
      return toStoreCounts(rows);
    },
  };
}

/** Turns the summed counters into the report's shape: totals, then labels by count, largest first. */
export function toStoreCounts(rows: readonly { counter: string; label: string; total: number }[]) {
  const total = (counter: string) => rows.find((row) => row.counter === counter)?.total ?? 0;
  const byLabel = (counter: string) =>
    rows
      .filter((row) => row.counter === counter && row.total > 0)
      .map((row) => ({ id: row.label, articles: row.total }))
      .sort((a, b) => b.articles - a.articles || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    articles: total("articles"),
    classified: total("classified"),
    classifyFailed: total("classify_failed"),
    dumps: total("dumps"),
    byRegion: byLabel("region"),
    byBeat: byLabel("beat"),
  } satisfies StoreCounts;
}

/**
 * Replaces the rows of changes by their sums, in one statement: a change committed meanwhile
 * is either folded or left as it is, never lost or counted twice, and two folds at once each
 * fold the rows they deleted. PGlite has no autovacuum, so the small table is vacuumed after.
 */
async function foldCounts(db: Db): Promise<void> {
  await db.query(
    `WITH folded AS (DELETE FROM store_counts RETURNING counter, label, delta)
     INSERT INTO store_counts (counter, label, delta)
     SELECT counter, label, sum(delta) FROM folded GROUP BY counter, label HAVING sum(delta) <> 0`,
  );
  if (db.kind === "pglite") await db.exec("VACUUM store_counts");
}
