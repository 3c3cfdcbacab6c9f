import type { ArticleText } from "./articles.js";
import type { Sql } from "./db.js";

/** A classified article with its beats and regions (best first), as an edition needs it. */
export interface EditionArticleRow extends ArticleText {
  beats: { id: string; score: number }[];
  regions: { id: string; score: number }[];
}

/**
 * The classified articles stored in `(since, until]`, oldest first, each with its beats and
 * regions best first: one query, for building an edition.
 */
export async function listEditionArticles(
  db: Sql,
  period: { since: Date; until: Date },
): Promise<EditionArticleRow[]> {
  const rows = await db.query<EditionArticleRow>(
    `SELECT a.id, a.headline, a.dek, a.paragraphs, a.contributors, a.word_count AS "wordCount",
       a.created_at AS "createdAt",
       coalesce((SELECT json_agg(json_build_object('id', b.beat_id, 'score', b.score) ORDER BY b.rank)
         FROM article_beats b WHERE b.article_id = a.id), '[]'::json) AS beats,
       coalesce((SELECT json_agg(json_build_object('id', r.region_id, 'score', r.score) ORDER BY r.rank)
         FROM article_regions r WHERE r.article_id = a.id), '[]'::json) AS regions
     FROM articles a
     WHERE a.classified_at IS NOT NULL AND a.created_at > $1 AND a.created_at <= $2
     ORDER BY a.created_at, a.id`,
    [period.since, period.until],
  );
  return rows.map((row) => ({ ...row, id: Number(row.id), createdAt: new Date(row.createdAt) }));
}
