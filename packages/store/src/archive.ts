import {
  EFFECTIVE_BEATS_SQL,
  EFFECTIVE_EVIDENCE_SQL,
  EFFECTIVE_REGIONS_SQL,
  EFFECTIVE_TEXT_SQL,
  type PrimaryEvidence,
} from "./article-edits.js";
import type { ArticleText } from "./articles.js";
import type { Db } from "./db.js";
import { type ArticleLabels, readArticleLabels } from "./labels.js";
import type { DigestFrequency } from "./subscribers.js";

/** A prepared (sent or sending) edition as the archive lists it. */
export interface ArchivedEditionRow {
  id: number;
  frequency: DigestFrequency;
  periodStart: Date;
  periodEnd: Date;
  articleCount: number;
  preparedAt: Date;
}

/** An archived edition with what it showed (the JSON given to `saveEdition`). */
export interface ArchivedEdition extends ArchivedEditionRow {
  content: unknown;
}

/** A dump an article came in with. */
export interface ArticleSource {
  dumpId: number;
  name: string;
  createdAt: Date;
}

/**
 * One article for its own web page, as the desk left it (`article-edits.ts`: its text, and its
 * primary beat and region first): the text, its labels best first, why it has its primary
 * beat and region, where it came from.
 */
export interface ArticlePage extends ArticleText {
  classifiedAt: Date | null;
  labels: ArticleLabels;
  evidence: PrimaryEvidence;
  sources: ArticleSource[];
}

const ARCHIVE_COLUMNS = `id, frequency, period_start AS "periodStart", period_end AS "periodEnd",
  article_count AS "articleCount", prepared_at AS "preparedAt"`;

// Drafts are still changing and were never mailed: the archive shows what readers received.
const ARCHIVED = "prepared_at IS NOT NULL AND content IS NOT NULL";

/** Read-only queries of the web archive: past editions and single articles. */
export function archiveQueries(db: Db) {
  return {
    /** Prepared editions, newest period first; `before` (an edition id) pages back. */
    async listArchivedEditions(
      options: { limit?: number; before?: number | undefined } = {},
    ): Promise<ArchivedEditionRow[]> {
      const limit = options.limit ?? 50;
      if (options.before === undefined) {
        return db.query<ArchivedEditionRow>(
          `SELECT ${ARCHIVE_COLUMNS} FROM editions WHERE ${ARCHIVED}
           ORDER BY period_end DESC, id DESC LIMIT $1`,
          [limit],
        );
      }
      return db.query<ArchivedEditionRow>(
        `SELECT ${ARCHIVE_COLUMNS} FROM editions WHERE ${ARCHIVED} AND id < $2
         ORDER BY period_end DESC, id DESC LIMIT $1`,
        [limit, options.before],
      );
    },

    /** A prepared edition with its content; undefined for drafts and unknown ids. */
    async getArchivedEdition(id: number): Promise<ArchivedEdition | undefined> {
      const [row] = await db.query<ArchivedEdition>(
        `SELECT ${ARCHIVE_COLUMNS}, content FROM editions WHERE id = $1 AND ${ARCHIVED}`,
        [id],
      );
      return row;
    },

    /**
     * Changes whenever an article is stored, (re)classified or edited on the desk: the preview keeps its rendered
     * email until it does.
     */
    async articlesStamp(): Promise<string> {
      const [row] = await db.query<{ count: number; latest: Date | null }>(
        `SELECT count(*)::int AS count, greatest(max(classified_at),
           (SELECT max(edited_at) FROM article_edits)) AS latest FROM articles`,
      );
      return `${row?.count ?? 0}:${row?.latest ? new Date(row.latest).getTime() : 0}`;
    },

    /** Deliveries by state, all editions together (emails sent, failed, bounced... for /metrics). */
    async deliveryStateTotals(): Promise<Record<string, number>> {
      const rows = await db.query<{ state: string; count: number }>(
        "SELECT state, count(*)::int AS count FROM deliveries GROUP BY state",
      );
      return Object.fromEntries(rows.map((row) => [row.state, row.count]));
    },

    /**
     * An article with the editor's fixes, its beats, regions, places and people, why it has its
     * primary beat and region, and the dumps it came in.
     */
    async getArticlePage(id: number): Promise<ArticlePage | undefined> {
      const [row] = await db.query<
        Omit<ArticlePage, "labels" | "sources"> & Pick<ArticleLabels, "beats" | "regions">
      >(
        `SELECT ${EFFECTIVE_TEXT_SQL}, a.classified_at AS "classifiedAt",
           ${EFFECTIVE_BEATS_SQL} AS beats, ${EFFECTIVE_REGIONS_SQL} AS regions,
           ${EFFECTIVE_EVIDENCE_SQL} AS evidence
         FROM articles a LEFT JOIN article_edits e ON e.article_id = a.id WHERE a.id = $1`,
        [id],
      );
      if (!row) return undefined;
      const { beats, regions, ...article } = row;
      const [stored, sources] = await Promise.all([
        readArticleLabels(db, id),
        db.query<ArticleSource>(
          `SELECT d.id AS "dumpId", d.name, d.created_at AS "createdAt"
           FROM dump_articles da JOIN dumps d ON d.id = da.dump_id
           WHERE da.article_id = $1 ORDER BY d.id`,
          [id],
        ),
      ]);
      return {
        ...article,
        id: Number(article.id),
        createdAt: new Date(article.createdAt),
        // The places and people as classified; the beats and regions as the desk filed them.
        labels: { ...stored, beats, regions },
        sources,
      };
    },
  };
}
