import { createHash } from "node:crypto";
import { join } from "node:path";
import { archiveQueries } from "./archive-queries.js";
import { readArticleLabels } from "./article-labels.js";
import { type Db, openPglite, openPostgres } from "./db.js";
import { digestQueries } from "./digest-queries.js";
import { editionQueries } from "./edition-queries.js";
import { DatabaseUnreachableError } from "./errors.js";
import { loadMigrations, migrate } from "./migrate.js";
import { subscriberQueries } from "./subscriber-queries.js";
import type {
  ArticleLabels,
  DumpProgress,
  DumpRow,
  NewArticle,
  RegisterDumpResult,
  StoreCounts,
  StoredArticle,
  UpsertArticlesResult,
} from "./types.js";

export interface StoreOptions {
  /** PostgreSQL connection string; without it the store is PGlite. */
  databaseUrl?: string | undefined;
  /** With no `databaseUrl`: PGlite keeps its files in `$dataDir/pglite`; without either, in memory. */
  dataDir?: string | undefined;
  /** PostgreSQL schema to use (created if missing); tests give each run its own. */
  schema?: string | undefined;
  /** Pool size for PostgreSQL. */
  maxConnections?: number | undefined;
  /** Called when an idle PostgreSQL connection fails (the pool reconnects by itself). */
  onIdleError?: ((error: Error) => void) | undefined;
}

export type Store = ReturnType<typeof storeQueries> &
  ReturnType<typeof digestQueries> &
  ReturnType<typeof editionQueries> &
  ReturnType<typeof archiveQueries> &
  ReturnType<typeof subscriberQueries> & {
    readonly db: Db;
    /** Where the data lives, for messages: `postgres`, `pglite:<dir>` or `pglite:memory`. */
    readonly location: string;
    close(): Promise<void>;
  };

/**
 * Opens the database (PostgreSQL when `databaseUrl` is set, PGlite otherwise) and applies the
 * pending migrations under a lock before returning.
 */
export async function createStore(options: StoreOptions = {}): Promise<Store> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new TypeError(
      `invalid schema name ${JSON.stringify(schema)}: use lowercase letters, digits and _`,
    );
  }
  let db: Db;
  let location: string;
  if (options.databaseUrl) {
    db = openPostgres(options.databaseUrl, {
      ...(schema ? { schema } : {}),
      ...(options.maxConnections ? { max: options.maxConnections } : {}),
      ...(options.onIdleError ? { onIdleError: options.onIdleError } : {}),
    });
    location = "postgres";
  } else {
    const dir = options.dataDir ? join(options.dataDir, "pglite") : undefined;
    db = await openPglite(dir);
    location = dir ? `pglite:${dir}` : "pglite:memory";
  }
  try {
    await migrate(db, await loadMigrations(), schema);
  } catch (error) {
    await db.close();
    if (options.databaseUrl && isConnectionError(error)) {
      throw new DatabaseUnreachableError(options.databaseUrl, error);
    }
    throw error;
  }
  return {
    ...storeQueries(db),
    ...digestQueries(db),
    ...editionQueries(db),
    ...archiveQueries(db),
    ...subscriberQueries(db),
    db,
    location,
    close: () => db.close(),
  };
}

/** Network failures, and the server refusing the login or the database. */
function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === "string" &&
    [
      "ECONNREFUSED",
      "ENOTFOUND",
      "ETIMEDOUT",
      "EHOSTUNREACH",
      "ECONNRESET",
      "28P01",
      "28000",
      "3D000",
    ].includes(code)
  );
}

/** sha256 of a dump's bytes, hex. */
export function sha256Hex(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

const DUMP_COLUMNS = `id, sha256, name, bytes, status, error, article_count AS "articleCount",
  new_count AS "newCount", known_count AS "knownCount", warning_count AS "warningCount",
  created_at AS "createdAt", finished_at AS "finishedAt"`;

const ARTICLE_COLUMNS = `id, content_hash AS "contentHash", headline, headline_source AS "headlineSource",
  dek, paragraphs, contributors, word_count AS "wordCount", primary_beat AS "primaryBeat",
  primary_region AS "primaryRegion", classified_at AS "classifiedAt", created_at AS "createdAt"`;

function storeQueries(db: Db) {
  return {
    /** Stores a dump's bytes; the same bytes twice give the first row back with `created: false`. */
    async registerDump(input: { name: string; content: Uint8Array }): Promise<RegisterDumpResult> {
      const sha256 = sha256Hex(input.content);
      const inserted = await db.query<DumpRow>(
        `INSERT INTO dumps (sha256, name, bytes, content) VALUES ($1, $2, $3, $4)
         ON CONFLICT (sha256) DO NOTHING RETURNING ${DUMP_COLUMNS}`,
        [sha256, input.name, input.content.byteLength, input.content],
      );
      if (inserted[0]) return { dump: inserted[0], created: true };
      const [existing] = await db.query<DumpRow>(
        `SELECT ${DUMP_COLUMNS} FROM dumps WHERE sha256 = $1`,
        [sha256],
      );
      if (!existing) throw new Error(`dump ${sha256} vanished while being registered`);
      return { dump: existing, created: false };
    },

    async getDump(id: number): Promise<DumpRow | undefined> {
      const [row] = await db.query<DumpRow>(`SELECT ${DUMP_COLUMNS} FROM dumps WHERE id = $1`, [
        id,
      ]);
      return row;
    },

    async getDumpContent(id: number): Promise<Uint8Array | undefined> {
      const [row] = await db.query<{ content: Uint8Array }>(
        "SELECT content FROM dumps WHERE id = $1",
        [id],
      );
      return row?.content;
    },

    async markDumpParsing(id: number): Promise<void> {
      await db.query(
        "UPDATE dumps SET status = 'parsing', error = NULL WHERE id = $1 AND status <> 'parsed'",
        [id],
      );
    },

    /** Puts a failed dump back to `queued` for another try; true when it was failed. */
    async requeueFailedDump(id: number): Promise<boolean> {
      const rows = await db.query(
        `UPDATE dumps SET status = 'queued', error = NULL, finished_at = NULL
         WHERE id = $1 AND status = 'failed' RETURNING id`,
        [id],
      );
      return rows.length > 0;
    },

    async failDump(id: number, error: string): Promise<void> {
      await db.query(
        "UPDATE dumps SET status = 'failed', error = $2, finished_at = now() WHERE id = $1",
        [id, error],
      );
    },

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
        const insertedRows = await tx.query<{ id: number }>(
          `INSERT INTO articles (content_hash, headline, headline_source, dek, paragraphs, contributors, word_count)
           SELECT content_hash, headline, headline_source, dek, paragraphs, contributors, word_count
           FROM jsonb_to_recordset($1::jsonb) AS x(content_hash text, headline text,
             headline_source text, dek text, paragraphs jsonb, contributors jsonb, word_count integer)
           ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
          [JSON.stringify(rows)],
        );
        const idRows = await tx.query<{ id: number; hash: string }>(
          `SELECT id, content_hash AS hash FROM articles
           WHERE content_hash IN (SELECT jsonb_array_elements_text($1::jsonb))`,
          [JSON.stringify([...unique.keys()])],
        );
        const idByHash = new Map(idRows.map((row) => [row.hash, row.id]));
        const ordered = [...unique.values()].sort((a, b) => a.position - b.position);
        const links = ordered.map(({ article, position }) => {
          const articleId = idByHash.get(article.contentHash);
          if (articleId === undefined) throw new Error(`article ${article.contentHash} not stored`);
          return {
            article_id: articleId,
            position,
            start_line: article.startLine,
            end_line: article.endLine,
          };
        });
        await tx.query(
          `INSERT INTO dump_articles (dump_id, article_id, position, start_line, end_line)
           SELECT $1, article_id, position, start_line, end_line
           FROM jsonb_to_recordset($2::jsonb) AS x(article_id bigint, position integer,
             start_line integer, end_line integer)
           ON CONFLICT DO NOTHING`,
          [dumpId, JSON.stringify(links)],
        );
        const inserted = insertedRows.length;
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
      const rows = await db.query<{ id: number }>(
        `SELECT a.id FROM dump_articles da JOIN articles a ON a.id = da.article_id
         WHERE da.dump_id = $1 AND a.classified_at IS NULL ORDER BY da.position`,
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
      }));
      await db.transaction(async (tx) => {
        for (const table of [
          "article_beats",
          "article_regions",
          "article_places",
          "article_people",
        ]) {
          await tx.query(
            `DELETE FROM ${table}
             WHERE article_id IN (SELECT value::bigint FROM jsonb_array_elements_text($1::jsonb))`,
            [ids],
          );
        }
        await tx.query(
          `INSERT INTO article_beats (article_id, beat_id, score, rank)
           SELECT article_id, id, score, rank
           FROM jsonb_to_recordset($1::jsonb) AS x(article_id bigint, id text, score real, rank smallint)
           ON CONFLICT DO NOTHING`,
          [JSON.stringify(beats)],
        );
        await tx.query(
          `INSERT INTO article_regions (article_id, region_id, score, rank)
           SELECT article_id, id, score, rank
           FROM jsonb_to_recordset($1::jsonb) AS x(article_id bigint, id text, score real, rank smallint)
           ON CONFLICT DO NOTHING`,
          [JSON.stringify(regions)],
        );
        await tx.query(
          `INSERT INTO article_places (article_id, name, country_code, mentions)
           SELECT article_id, name, country_code, mentions
           FROM jsonb_to_recordset($1::jsonb) AS x(article_id bigint, name text, country_code text,
             mentions integer)
           ON CONFLICT DO NOTHING`,
          [JSON.stringify(places)],
        );
        await tx.query(
          `INSERT INTO article_people (article_id, name, rank)
           SELECT article_id, name, rank
           FROM jsonb_to_recordset($1::jsonb) AS x(article_id bigint, name text, rank smallint)
           ON CONFLICT DO NOTHING`,
          [JSON.stringify(people)],
        );
        await tx.query(
          `UPDATE articles a SET primary_beat = x.beat, primary_region = x.region,
             classified_at = now(), classify_error = NULL
           FROM jsonb_to_recordset($1::jsonb) AS x(id bigint, beat text, region text)
           WHERE a.id = x.id`,
          [JSON.stringify(primaries)],
        );
      });
    },

    /** Records why an article could not be classified (after its last try). */
    async markClassifyFailed(articleId: number, error: string): Promise<void> {
      await db.query("UPDATE articles SET classify_error = $2 WHERE id = $1", [articleId, error]);
    },

    /** The labels stored for an article, best first. */
    getLabels(articleId: number): Promise<ArticleLabels> {
      return readArticleLabels(db, articleId);
    },

    /** How far these dumps have gone: parsed, and their articles classified. */
    async dumpProgress(dumpIds: readonly number[]): Promise<DumpProgress> {
      const ids = JSON.stringify(dumpIds);
      const [dumps] = await db.query<
        Omit<DumpProgress, "articles" | "classified" | "classifyFailed">
      >(
        `SELECT count(*)::int AS dumps,
           count(*) FILTER (WHERE status IN ('parsed', 'failed'))::int AS "dumpsDone",
           count(*) FILTER (WHERE status = 'failed')::int AS "dumpsFailed",
           coalesce(sum(new_count), 0)::int AS "newArticles",
           coalesce(sum(known_count), 0)::int AS "knownArticles"
         FROM dumps WHERE id IN (SELECT value::bigint FROM jsonb_array_elements_text($1::jsonb))`,
        [ids],
      );
      const [articles] = await db.query<
        Pick<DumpProgress, "articles" | "classified" | "classifyFailed">
      >(
        `SELECT count(*)::int AS articles,
           count(*) FILTER (WHERE a.classified_at IS NOT NULL)::int AS classified,
           count(*) FILTER (WHERE a.classified_at IS NULL AND a.classify_error IS NOT NULL)::int
             AS "classifyFailed"
         FROM articles a WHERE a.id IN (SELECT article_id FROM dump_articles
           WHERE dump_id IN (SELECT value::bigint FROM jsonb_array_elements_text($1::jsonb)))`,
        [ids],
      );
      return {
        dumps: dumps?.dumps ?? 0,
        dumpsDone: dumps?.dumpsDone ?? 0,
        dumpsFailed: dumps?.dumpsFailed ?? 0,
        newArticles: dumps?.newArticles ?? 0,
        knownArticles: dumps?.knownArticles ?? 0,
        articles: articles?.articles ?? 0,
        classified: articles?.classified ?? 0,
        classifyFailed: articles?.classifyFailed ?? 0,
      };
    },

    /** Totals for `newsdesk status`: articles by primary region and primary beat. */
    async counts(): Promise<StoreCounts> {
      const [totals] = await db.query<Omit<StoreCounts, "byRegion" | "byBeat">>(
        `SELECT (SELECT count(*)::int FROM articles) AS articles,
           (SELECT count(*)::int FROM articles WHERE classified_at IS NOT NULL) AS classified,
           (SELECT count(*)::int FROM articles WHERE classified_at IS NULL
              AND classify_error IS NOT NULL) AS "classifyFailed",
           (SELECT count(*)::int FROM dumps) AS dumps`,
      );
      const byRegion = await db.query<{ id: string; articles: number }>(
        `SELECT primary_region AS id, count(*)::int AS articles FROM articles
         WHERE primary_region IS NOT NULL GROUP BY primary_region ORDER BY articles DESC, id`,
      );
      const byBeat = await db.query<{ id: string; articles: number }>(
        `SELECT primary_beat AS id, count(*)::int AS articles FROM articles
         WHERE primary_beat IS NOT NULL GROUP BY primary_beat ORDER BY articles DESC, id`,
      );
      return {
        articles: totals?.articles ?? 0,
        classified: totals?.classified ?? 0,
        classifyFailed: totals?.classifyFailed ?? 0,
        dumps: totals?.dumps ?? 0,
        byRegion,
        byBeat,
      };
    },

    /** The most recent dumps, newest first. */
    async recentDumps(limit = 10): Promise<DumpRow[]> {
      return db.query<DumpRow>(`SELECT ${DUMP_COLUMNS} FROM dumps ORDER BY id DESC LIMIT $1`, [
        limit,
      ]);
    },
  };
}
