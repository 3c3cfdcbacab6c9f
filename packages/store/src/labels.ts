import type { Sql } from "./db.js";
import type { ArticleLabels } from "./types.js";

/** The labels stored for an article, best first (empty lists when it has none yet). */
export async function readArticleLabels(db: Sql, articleId: number): Promise<ArticleLabels> {
  const [beats, regions, places, people] = await Promise.all([
    db.query<{ id: string; score: number }>(
      "SELECT beat_id AS id, score FROM article_beats WHERE article_id = $1 ORDER BY rank",
      [articleId],
    ),
    db.query<{ id: string; score: number }>(
      "SELECT region_id AS id, score FROM article_regions WHERE article_id = $1 ORDER BY rank",
      [articleId],
    ),
    db.query<{ name: string; countryCode: string; mentions: number }>(
      `SELECT name, country_code AS "countryCode", mentions FROM article_places
       WHERE article_id = $1 ORDER BY mentions DESC, name`,
      [articleId],
    ),
    db.query<{ name: string }>(
      "SELECT name FROM article_people WHERE article_id = $1 ORDER BY rank",
      [articleId],
    ),
  ]);
  return { beats, regions, places, people: people.map((row) => row.name) };
}
