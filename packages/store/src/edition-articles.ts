import {
  EFFECTIVE_BEATS_SQL,
  EFFECTIVE_EVIDENCE_SQL,
  EFFECTIVE_REGIONS_SQL,
  EFFECTIVE_TEXT_SQL,
  type PrimaryEvidence,
} from "./article-edits.js";
import type { ArticleText } from "./articles.js";
import type { Sql } from "./db.js";

/** A classified article with its beats and regions (best first), as an edition needs it. */
export interface EditionArticleRow extends ArticleText {
  beats: { id: string; score: number }[];
  regions: { id: string; score: number }[];
  /** Why it has its primary beat and region (the card's "Why Business: tariffs" line). */
  evidence: PrimaryEvidence;
}

/**
 * The classified articles stored in `(since, until]`, oldest first, each with its beats and
 * regions best first, as the desk left them (`article-edits.ts`: its headline, dek, text and
 * primary beat and region; hidden and merged articles left out): one query, for building an
 * edition.
 */
export async function listEditionArticles(
  db: Sql,
  period: { since: Date; until: Date },
): Promise<EditionArticleRow[]> {
  const rows = await db.query<EditionArticleRow>(
    `SELECT ${EFFECTIVE_TEXT_SQL},
       ${EFFECTIVE_BEATS_SQL} AS beats, ${EFFECTIVE_REGIONS_SQL} AS regions,
       ${EFFECTIVE_EVIDENCE_SQL} AS evidence
     FROM articles a LEFT JOIN article_edits e ON e.article_id = a.id
     WHERE a.classified_at IS NOT NULL AND a.created_at > $1 AND a.created_at <= $2
       AND NOT coalesce(e.hidden, false)
     ORDER BY a.created_at, a.id`,
    [period.since, period.until],
  );
  return rows.map((row) => ({ ...row, id: Number(row.id), createdAt: new Date(row.createdAt) }));
}
