import type { Article } from "@newsdesk/parser";
import type { Db } from "./db.js";
import { pieces, yieldToEventLoop } from "./yield-to-event-loop.js";

/** Articles written per statement: a fraction of a second of PGlite's time, even when loaded. */
const WRITE_PIECE = 200;

/** An article as the parser gives it, before it is stored. */
export type NewArticle = Article;

/** An article as stored. */
export interface StoredArticle {
  id: number;
  contentHash: string;
  headline: string;
  headlineSource: "dump" | "derived";
  dek: string | null;
  paragraphs: string[];
  contributors: string[];
  wordCount: number;
  primaryBeat: string | null;
  primaryRegion: string | null;
  classifiedAt: Date | null;
  createdAt: Date;
}

/** An article's text and when it came in: what every reader of stored articles shows. */
export type ArticleText = Pick<
  StoredArticle,
  "id" | "headline" | "dek" | "paragraphs" | "contributors" | "wordCount" | "createdAt"
>;

export interface UpsertArticlesResult {
  /** The dump's articles in dump order (duplicates within the dump dropped), with their ids. */
  articleIds: number[];
  /** Articles stored by this call. */
  inserted: number;
  /** Articles that were already stored (from another dump, or an earlier try of this one). */
  known: number;
}

const ARTICLE_COLUMNS = `id, content_hash AS "contentHash", headline, headline_source AS "headlineSource",
  dek, paragraphs, contributors, word_count AS "wordCount", primary_beat AS "primaryBeat",
  primary_region AS "primaryRegion", classified_at AS "classifiedAt", created_at AS "createdAt"`;

/**
 * Articles: unique by content hash, linked to every dump they came in (one transaction per
 * dump), and what is left to classify.
 */
export function articleQueries(db: Db) {
  return {
    /**
     * Stores a parsed dump in one transaction: inserts the articles not yet known (by content
     * hash), links all of them to the dump and marks the dump parsed. Running it again for the
     * same dump adds nothing and keeps the counts of the first run.
     */
    async saveParsedDump(
      dumpId: number,
      articles: readonly NewArticle[],
      warningCount: number,
    ): Promise<UpsertArticlesResult> {
      const unique = new Map<string, { article: NewArticle; position: number }>();
      articles.forEach((article, position) => {
        if (!unique.has(article.contentHash))
          unique.set(article.contentHash, { article, position });
      });
      // Sorted by hash so that two dumps sharing articles lock their rows in the same order.
      const rows = [...unique.values()]
        .sort((a, b) => (a.article.contentHash < b.article.contentHash ? -1 : 1))
        .map(({ article }) => ({
          content_hash: article.contentHash,
          headline: article.headline,
          headline_source: article.headlineSource,
          dek: article.dek,
          paragraphs: article.paragraphs,
          contributors: article.contributors,
          word_count: article.wordCount,
        }));
      return db.transaction(async (tx) => {
        // In pieces, each followed by a yield: PGlite runs statements on this thread.
        let inserted = 0;
        const idByHash = new Map<string, number>();
        for (const piece of pieces(rows, WRITE_PIECE)) {
          const insertedRows = await tx.query<{ id: number }>(
            `INSERT INTO articles (content_hash, headline, headline_source, dek, paragraphs, contributors, word_count)
             SELECT content_hash, headline, headline_source, dek, paragraphs, contributors, word_count
             FROM jsonb_to_recordset($1::jsonb) AS x(content_hash text, headline text,
               headline_source text, dek text, paragraphs jsonb, contributors jsonb, word_count integer)
             ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
            [JSON.stringify(piece)],
          );
          inserted += insertedRows.length;
          const idRows = await tx.query<{ id: number; hash: string }>(
            `SELECT id, content_hash AS hash FROM articles
             WHERE content_hash IN (SELECT jsonb_array_elements_text($1::jsonb))`,
            [JSON.stringify(piece.map((row) => row.content_hash))],
          );
          for (const row of idRows) idByHash.set(row.hash, row.id);
          await yieldToEventLoop();
        }
        const ordered = [...unique.values()].sort((a, b) => a.position - b.position);
        const links = ordered.map(({ article, position }) => {
          const articleId = idByHash.get(article.contentHash);
          if (articleId === undefined) throw new Error(`article ${article.contentHash} not stored`);
          return {
            article_id: articleId,
            position,
            start_line: article.startLine,
            end_line: article.endLine,
            start_confidence: article.startConfidence ?? null,
          };
        });
        for (const piece of pieces(links, WRITE_PIECE * 4)) {
          await tx.query(
            `INSERT INTO dump_articles (dump_id, article_id, position, start_line, end_line,
               start_confidence)
             SELECT $1, article_id, position, start_line, end_line, start_confidence
             FROM jsonb_to_recordset($2::jsonb) AS x(article_id bigint, position integer,
               start_line integer, end_line integer, start_confidence real)
             ON CONFLICT DO NOTHING`,
            [dumpId, JSON.stringify(piece)],
          );
          await yieldToEventLoop();
        }
        const known = links.length - inserted;
        const [counts] = await tx.query<{ newCount: number; knownCount: number }>(
          `UPDATE dumps SET status = 'parsed', error = NULL, finished_at = now(),
             article_count = $2,
             new_count = CASE WHEN status = 'parsed' THEN new_count ELSE $3 END,
             known_count = CASE WHEN status = 'parsed' THEN known_count ELSE $4 END,
             warning_count = $5
           WHERE id = $1 RETURNING new_count AS "newCount", known_count AS "knownCount"`,
          [dumpId, links.length, inserted, known, warningCount],
        );
        return {
          articleIds: links.map((link) => link.article_id),
          inserted: counts?.newCount ?? inserted,
          known: counts?.knownCount ?? known,
        };
      });
    },
    /** Ids of a dump's articles that have no labels yet, in dump order. */
    async unclassifiedArticleIds(dumpId: number): Promise<number[]> {
      // The dump's rows are read by primary key first (MATERIALIZED) and filtered after: a new
      // dump's rows are not in the statistics yet, and with the filter inside the join the
      // planner scanned the whole partial index articles_unclassified once per dump row, dead
      // entries included (PGlite never vacuums): 3.2 s CPU for a 5,000-article dump, 30 ms now.
      const rows = await db.query<{ id: number }>(
        `WITH dump AS MATERIALIZED (
           SELECT a.id, a.classified_at, da.position
           FROM dump_articles da JOIN articles a ON a.id = da.article_id
           WHERE da.dump_id = $1)
         SELECT id FROM dump WHERE classified_at IS NULL ORDER BY position`,
        [dumpId],
      );
      return rows.map((row) => row.id);
    },
    /** The articles with these ids (missing ids are left out), in no particular order. */
    async getArticles(ids: readonly number[]): Promise<StoredArticle[]> {
      if (ids.length === 0) return [];
      return db.query<StoredArticle>(
        `SELECT ${ARTICLE_COLUMNS} FROM articles
         WHERE id IN (SELECT value::bigint FROM jsonb_array_elements_text($1::jsonb))`,
        [JSON.stringify(ids)],
      );
    },
    /** Article ids after `afterId`, ascending: pages through every stored article. */
    async articleIdsAfter(afterId: number, limit: number): Promise<number[]> {
      const rows = await db.query<{ id: number }>(
        "SELECT id FROM articles WHERE id > $1 ORDER BY id LIMIT $2",
        [afterId, limit],
      );
      return rows.map((row) => row.id);
    },
    /**
     * Ids after `afterId`, ascending, of articles still to classify: no labels, and no
     * classification that failed for good.
     */
    async unclassifiedArticleIdsAfter(afterId: number, limit: number): Promise<number[]> {
      const rows = await db.query<{ id: number }>(
        `SELECT id FROM articles WHERE id > $1 AND classified_at IS NULL AND classify_error IS NULL
         ORDER BY id LIMIT $2`,
        [afterId, limit],
      );
      return rows.map((row) => row.id);
    },
    /** Records why an article could not be classified (after its last try). */
    async markClassifyFailed(articleId: number, error: string): Promise<void> {
      await db.query("UPDATE articles SET classify_error = $2 WHERE id = $1", [articleId, error]);
    },
  };
}
