import type { Store } from "@newsdesk/store";

/** What `counts()` ran before migration 0013: a scan of the articles table per figure. */
const SCANNING_COUNTS = [
  `SELECT (SELECT count(*)::int FROM articles) AS articles,
     (SELECT count(*)::int FROM articles WHERE classified_at IS NOT NULL) AS classified,
     (SELECT count(*)::int FROM articles WHERE classified_at IS NULL
        AND classify_error IS NOT NULL) AS "classifyFailed",
     (SELECT count(*)::int FROM dumps) AS dumps`,
  `SELECT primary_region AS id, count(*)::int AS articles FROM articles
   WHERE primary_region IS NOT NULL GROUP BY primary_region`,
  `SELECT primary_beat AS id, count(*)::int AS articles FROM articles
   WHERE primary_beat IS NOT NULL GROUP BY primary_beat`,
];

/**
 * CPU milliseconds (median of 5) of reading the status counts from the kept counters and by
 * scanning the tables. CPU of this process: meaningful for PGlite owned here, not PostgreSQL.
 */
export async function countCost(store: Store): Promise<{ keptMs: number; scanMs: number }> {
  const median = async (run: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = process.cpuUsage();
      await run();
      const used = process.cpuUsage(before);
      samples.push((used.user + used.system) / 1000);
    }
    return samples.sort((a, b) => a - b)[2] as number;
  };
  return {
    keptMs: await median(() => store.counts()),
    scanMs: await median(async () => {
      for (const sql of SCANNING_COUNTS) await store.db.query(sql);
    }),
  };
}
