import type { Db, Sql } from "./db.js";

/** What the classifier says of an article (structurally `@newsdesk/classifier`'s `Classification`). */
export interface ArticleLabels {
  beats: { id: string; score: number }[];
  regions: { id: string; score: number }[];
  places: { name: string; countryCode: string; mentions: number }[];
  people: string[];
  /**
   * The words and places that decided the primary beat and region, strongest first
   * (`Classification.evidence`); stored with the labels and replaced with them. Absent when
   * the classifier gave none: then none is stored, so an older reason never outlives its labels.
   */
  evidence?: ClassifierEvidence | undefined;
}

/** The classifier's strongest evidence for the primary beat and the primary region. */
export interface ClassifierEvidence {
  beat: string[];
  region: string[];
  /** The model's first beat, when the article's wording pattern chose the primary one over it. */
  wordingOver?: string | undefined;
}

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

/** The tables holding an article's labels, emptied and filled again by each classification. */
const LABEL_TABLES = ["article_beats", "article_regions", "article_places", "article_people"];

/**
 * A batch's articles, as each delete had them alone: the planner estimates a function's rows, so
 * it keeps the index even on a large label table (a CTE shared by the four could change that).
 */
const IN_BATCH = "article_id IN (SELECT value::bigint FROM jsonb_array_elements_text($1::jsonb))";

/** Labels (beats, regions, places, people): replaced whole when an article is classified again. */
export function labelQueries(db: Db) {
  return {
    /**
     * Replaces the labels of these articles in one transaction and marks them classified.
     * Labels are sorted best first by the caller; the first beat and region are the primary ones.
     */
    async saveLabels(
      items: readonly { articleId: number; labels: ArticleLabels }[],
    ): Promise<void> {
      if (items.length === 0) return;
      const sorted = [...items].sort((a, b) => a.articleId - b.articleId);
      const ids = JSON.stringify(sorted.map((item) => item.articleId));
      const beats = sorted.flatMap(({ articleId, labels }) =>
        labels.beats.map((beat, rank) => ({
          article_id: articleId,
          id: beat.id,
          score: beat.score,
          rank,
        })),
      );
      const regions = sorted.flatMap(({ articleId, labels }) =>
        labels.regions.map((region, rank) => ({
          article_id: articleId,
          id: region.id,
          score: region.score,
          rank,
        })),
      );
      const places = sorted.flatMap(({ articleId, labels }) =>
        labels.places.map((place) => ({
          article_id: articleId,
          name: place.name,
          country_code: place.countryCode,
          mentions: place.mentions,
        })),
      );
      const people = sorted.flatMap(({ articleId, labels }) =>
        labels.people.map((name, rank) => ({ article_id: articleId, name, rank })),
      );
      const primaries = sorted.map(({ articleId, labels }) => ({
        id: articleId,
        beat: labels.beats[0]?.id ?? null,
        region: labels.regions[0]?.id ?? null,
        evidence: labels.evidence
          ? {
              beat: labels.evidence.beat,
              region: labels.evidence.region,
              ...(labels.evidence.wordingOver ? { wordingOver: labels.evidence.wordingOver } : {}),
            }
          : null,
      }));
      // One statement for the four deletes and one for the four inserts (each table's rows still
      // go in one piece): a one-article batch paid per statement, 11 round trips to PGlite's
      // session where 5 do now.
      await db.transaction(async (tx) => {
        await tx.query(
          `WITH ${LABEL_TABLES.slice(0, -1)
            .map((table) => `${table} AS (DELETE FROM ${table} WHERE ${IN_BATCH})`)
            .join(",\n  ")}
           DELETE FROM ${LABEL_TABLES.at(-1)} WHERE ${IN_BATCH}`,
          [ids],
        );
        await tx.query(
          `WITH beats AS (
             INSERT INTO article_beats (article_id, beat_id, score, rank)
             SELECT article_id, id, score, rank
             FROM jsonb_to_recordset($1::jsonb) AS x(article_id bigint, id text, score real, rank smallint)
             ON CONFLICT DO NOTHING),
           regions AS (
             INSERT INTO article_regions (article_id, region_id, score, rank)
             SELECT article_id, id, score, rank
             FROM jsonb_to_recordset($2::jsonb) AS x(article_id bigint, id text, score real, rank smallint)
             ON CONFLICT DO NOTHING),
           places AS (
             INSERT INTO article_places (article_id, name, country_code, mentions)
             SELECT article_id, name, country_code, mentions
             FROM jsonb_to_recordset($3::jsonb) AS x(article_id bigint, name text, country_code text,
               mentions integer)
             ON CONFLICT DO NOTHING)
           INSERT INTO article_people (article_id, name, rank)
           SELECT article_id, name, rank
           FROM jsonb_to_recordset($4::jsonb) AS x(article_id bigint, name text, rank smallint)
           ON CONFLICT DO NOTHING`,
          [
            JSON.stringify(beats),
            JSON.stringify(regions),
            JSON.stringify(places),
            JSON.stringify(people),
          ],
        );
        await tx.query(
          `UPDATE articles a SET primary_beat = x.beat, primary_region = x.region,
             evidence = x.evidence, classified_at = now(), classify_error = NULL
           FROM jsonb_to_recordset($1::jsonb) AS x(id bigint, beat text, region text, evidence jsonb)
           WHERE a.id = x.id`,
          [JSON.stringify(primaries)],
        );
      });
    },
    /** The labels stored for an article, best first. */
    getLabels(articleId: number): Promise<ArticleLabels> {
      return readArticleLabels(db, articleId);
    },
  };
}
