import type { Sql } from "./db.js";

/**
 * Where the edition of the period starting at `periodStart` begins reading articles: at the
 * period's start, or earlier when the edition of the period before was frozen (prepared)
 * before that period ended, as `digest build --send` does: the articles stored after its cut
 * go to this edition instead of nowhere.
 */
export async function carriedOverSince(
  db: Sql,
  period: { frequency: "daily" | "weekly"; periodStart: Date },
): Promise<Date> {
  const [row] = await db.query<{ until: Date | null }>(
    `SELECT min(articles_until) AS until FROM editions
     WHERE frequency = $1 AND period_end = $2 AND status <> 'draft' AND articles_until < period_end`,
    [period.frequency, period.periodStart],
  );
  return row?.until ? new Date(row.until) : period.periodStart;
}

/** The edition of exactly this period when it is no longer a draft (its content is frozen). */
export async function isPeriodFrozen(
  db: Sql,
  period: { frequency: "daily" | "weekly"; periodStart: Date; periodEnd: Date },
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM editions WHERE frequency = $1 AND period_start = $2 AND period_end = $3
       AND status <> 'draft'`,
    [period.frequency, period.periodStart, period.periodEnd],
  );
  return rows.length > 0;
}
