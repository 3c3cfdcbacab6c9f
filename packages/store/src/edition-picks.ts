import type { Db, Sql } from "./db.js";

/** What an editor did to an article on a period's draft. */
export type EditionPickAction = "pin" | "unpin" | "drop" | "restore";

/** One article's picks in a period: pinned or dropped, and the place an editor gave it. */
export interface EditionPickRow {
  articleId: number;
  pick: "pin" | "drop" | null;
  position: number | null;
}

export interface PickPeriod {
  frequency: "daily" | "weekly";
  periodStart: Date;
  periodEnd: Date;
}

/**
 * The picks a build of `(since, until]` applies: those of every period of the schedule that
 * overlaps it (the desk's draft is on UTC's clock; a time zone's period is offset from it).
 * One query; where two periods name the same article, the latest change wins.
 */
export async function listEditionPicks(
  db: Sql,
  period: { frequency: "daily" | "weekly"; since: Date; until: Date },
): Promise<EditionPickRow[]> {
  const rows = await db.query<EditionPickRow>(
    `SELECT DISTINCT ON (article_id) article_id AS "articleId", pick, position
     FROM edition_picks
     WHERE frequency = $1 AND period_start < $3 AND period_end > $2
     ORDER BY article_id, updated_at DESC`,
    [period.frequency, period.since, period.until],
  );
  return rows.map((row) => ({ ...row, articleId: Number(row.articleId) }));
}

/** The desk's picks on the draft of each period: pin, drop, restore and place articles. */
export function editionPickQueries(db: Db) {
  return {
    /** Pins, drops, unpins or restores an article in a period's edition. */
    async pickArticle(
      period: PickPeriod,
      articleId: number,
      action: EditionPickAction,
      editor: string,
    ): Promise<void> {
      const pick = action === "pin" ? "pin" : action === "drop" ? "drop" : null;
      await db.query(
        `INSERT INTO edition_picks (frequency, period_start, period_end, article_id, pick, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (frequency, period_start, article_id) DO UPDATE
           SET pick = EXCLUDED.pick, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [period.frequency, period.periodStart, period.periodEnd, articleId, pick, editor],
      );
    },
    /** Gives articles their places in a period's edition (`movedPositions`). */
    async placeArticles(
      period: PickPeriod,
      positions: ReadonlyMap<number, number>,
      editor: string,
    ): Promise<void> {
      if (positions.size === 0) return;
      await db.query(
        `INSERT INTO edition_picks
           (frequency, period_start, period_end, article_id, position, updated_by)
         SELECT $1, $2, $3, placed.article_id, placed.position, $6
         FROM unnest($4::bigint[], $5::int[]) AS placed (article_id, position)
         ON CONFLICT (frequency, period_start, article_id) DO UPDATE
           SET position = EXCLUDED.position, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [
          period.frequency,
          period.periodStart,
          period.periodEnd,
          [...positions.keys()],
          [...positions.values()],
          editor,
        ],
      );
    },
    /** The articles dropped from the period's edition, with their headlines, for the desk. */
    async droppedArticles(period: PickPeriod): Promise<{ id: number; headline: string }[]> {
      const rows = await db.query<{ id: number; headline: string }>(
        `SELECT p.article_id AS id, coalesce(e.headline, a.headline) AS headline
         FROM edition_picks p JOIN articles a ON a.id = p.article_id
         LEFT JOIN article_edits e ON e.article_id = a.id
         WHERE p.frequency = $1 AND p.period_start = $2 AND p.pick = 'drop'
         ORDER BY p.updated_at DESC, p.article_id`,
        [period.frequency, period.periodStart],
      );
      return rows.map((row) => ({ ...row, id: Number(row.id) }));
    },
    /** Changes to picks so far: part of the preview's cache key. */
    async picksStamp(): Promise<string> {
      const [row] = await db.query<{ count: number; latest: Date | null }>(
        "SELECT count(*)::int AS count, max(updated_at) AS latest FROM edition_picks",
      );
      return `${row?.count ?? 0}:${row?.latest ? new Date(row.latest).getTime() : 0}`;
    },
  };
}
