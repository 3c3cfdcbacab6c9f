import type { Db } from "./db.js";
import type { DigestFrequency } from "./subscribers.js";

export interface EditionRow {
  id: number;
  frequency: DigestFrequency;
  periodStart: Date;
  periodEnd: Date;
  status: EditionStatus;
  articleCount: number;
  preparedAt: Date | null;
  /** When every deliver job was queued; null before (or after a resume, until re-queued). */
  queuedAt: Date | null;
  pausedAt: Date | null;
  /** Why it paused itself, for the user (failure counts and what to do). */
  pauseReason: string | null;
  createdAt: Date;
}

/**
 * `draft` (built, content refreshed by later builds), `prepared` (audience frozen, sending) or
 * `paused` (too many deliveries failed: nothing more is sent until it is resumed).
 */
export type EditionStatus = "draft" | "prepared" | "paused";

/** Deliveries tried and done (sent, bounced, failed), and failed ones, since the last resume. */
export interface EditionOutcomes {
  finished: number;
  failed: number;
}

export interface SaveEditionResult {
  edition: EditionRow;
  /** True for the build that inserted the row; false when it was there already. */
  created: boolean;
  /** The edition was already prepared (its audience frozen): it was returned unchanged. */
  frozen: boolean;
}

const EDITION_COLUMNS = `id, frequency, period_start AS "periodStart", period_end AS "periodEnd",
  status, article_count AS "articleCount", prepared_at AS "preparedAt",
  queued_at AS "queuedAt", paused_at AS "pausedAt", pause_reason AS "pauseReason",
  created_at AS "createdAt"`;

// Deliveries that were tried and are done: skipped ones were never tried.
const FINISHED = "state IN ('sent', 'bounced', 'failed')";
const FAILED = "state IN ('bounced', 'failed')";

/** Editions: built once per (frequency, period), then queued, paused and resumed. */
export function editionQueries(db: Db) {
  return {
    /**
     * Stores a built edition, one per (frequency, period), however many processes build
     * it: while the edition is a `draft` a new build replaces its content (articles that came
     * in since are added); once it is `prepared` it is frozen and returned as it was
     * (`frozen: true`). `created` is true for the build that inserted the row.
     */
    async saveEdition(input: {
      frequency: DigestFrequency;
      periodStart: Date;
      periodEnd: Date;
      content: unknown;
      articleCount: number;
      /** The articles it holds were stored up to this time (see `carriedOverSince`). */
      articlesUntil?: Date | undefined;
    }): Promise<SaveEditionResult> {
      const saved = await db.query<EditionRow & { created: boolean }>(
        `INSERT INTO editions (frequency, period_start, period_end, content, article_count,
           articles_until)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (frequency, period_start, period_end) DO UPDATE SET content = EXCLUDED.content,
           article_count = EXCLUDED.article_count, articles_until = EXCLUDED.articles_until
         WHERE editions.status = 'draft'
         RETURNING ${EDITION_COLUMNS}, (xmax = 0) AS created`,
        [
          input.frequency,
          input.periodStart,
          input.periodEnd,
          JSON.stringify(input.content),
          input.articleCount,
          input.articlesUntil ?? null,
        ],
      );
      if (saved[0]) {
        const { created, ...edition } = saved[0];
        return { edition, created, frozen: false };
      }
      const [existing] = await db.query<EditionRow>(
        `SELECT ${EDITION_COLUMNS} FROM editions
         WHERE frequency = $1 AND period_start = $2 AND period_end = $3`,
        [input.frequency, input.periodStart, input.periodEnd],
      );
      if (!existing) throw new Error(`edition ${input.frequency} vanished while being saved`);
      return { edition: existing, created: false, frozen: true };
    },
    async getEdition(id: number): Promise<EditionRow | undefined> {
      const [row] = await db.query<EditionRow>(
        `SELECT ${EDITION_COLUMNS} FROM editions WHERE id = $1`,
        [id],
      );
      return row;
    },
    /** The edition as it was built (the JSON given to `saveEdition`). */
    async getEditionContent(id: number): Promise<unknown> {
      const [row] = await db.query<{ content: unknown }>(
        "SELECT content FROM editions WHERE id = $1",
        [id],
      );
      return row?.content ?? undefined;
    },
    /** The edition of exactly this period, if it was built. */
    async findEdition(period: {
      frequency: DigestFrequency;
      periodStart: Date;
      periodEnd: Date;
    }): Promise<EditionRow | undefined> {
      const [row] = await db.query<EditionRow>(
        `SELECT ${EDITION_COLUMNS} FROM editions
         WHERE frequency = $1 AND period_start = $2 AND period_end = $3`,
        [period.frequency, period.periodStart, period.periodEnd],
      );
      return row;
    },

    /** The (frequency, time zone) pairs of the active subscribers: what the schedules serve. */
    async audienceTimeZones(): Promise<{ frequency: DigestFrequency; timezone: string }[]> {
      return db.query(
        `SELECT DISTINCT frequency, timezone FROM subscribers WHERE status = 'active'
         ORDER BY frequency, timezone`,
      );
    },

    /** Every deliver job of the edition is queued (see `editions.queued_at`). */
    async markEditionQueued(id: number): Promise<void> {
      await db.query("UPDATE editions SET queued_at = now() WHERE id = $1 AND queued_at IS NULL", [
        id,
      ]);
    },

    /**
     * The edition's deliveries that were tried and are done, and those of them that failed
     * (bounced or failed for good), counted since its last resume.
     */
    async editionOutcomes(id: number): Promise<EditionOutcomes> {
      const [row] = await db.query<EditionOutcomes>(
        `SELECT (SELECT count(*) FROM deliveries WHERE edition_id = e.id AND ${FINISHED})::int
                  - e.resumed_finished AS finished,
                (SELECT count(*) FROM deliveries WHERE edition_id = e.id AND ${FAILED})::int
                  - e.resumed_failed AS failed
         FROM editions e WHERE e.id = $1`,
        [id],
      );
      return row ?? { finished: 0, failed: 0 };
    },

    /**
     * Pauses a prepared edition: its deliveries not yet claimed stay `queued` and are not sent
     * until it is resumed. True for the one call that paused it.
     */
    async pauseEdition(id: number, reason: string): Promise<boolean> {
      const rows = await db.query(
        `UPDATE editions SET status = 'paused', paused_at = now(), pause_reason = $2
         WHERE id = $1 AND status = 'prepared' RETURNING id`,
        [id, reason],
      );
      return rows.length > 0;
    },

    /**
     * Puts a paused edition back to `prepared`, its failure count starting afresh, and clears
     * `queued_at` until its deliveries are queued again. Undefined when it was not paused.
     */
    async resumeEdition(id: number): Promise<EditionRow | undefined> {
      const [row] = await db.query<EditionRow>(
        `WITH counts AS (
           SELECT count(*) FILTER (WHERE ${FINISHED})::int AS finished,
                  count(*) FILTER (WHERE ${FAILED})::int AS failed
           FROM deliveries WHERE edition_id = $1
         )
         UPDATE editions SET status = 'prepared', paused_at = NULL, pause_reason = NULL,
           queued_at = NULL, resumed_finished = counts.finished, resumed_failed = counts.failed
         FROM counts WHERE id = $1 AND status = 'paused'
         RETURNING ${EDITION_COLUMNS}`,
        [id],
      );
      return row;
    },

    /** True when the delivery is not finished and its edition is paused: it waits for a resume. */
    async deliveryOnHold(id: number): Promise<boolean> {
      const rows = await db.query(
        `SELECT 1 FROM deliveries d JOIN editions e ON e.id = d.edition_id
         WHERE d.id = $1 AND d.state IN ('queued', 'sending') AND e.status = 'paused'`,
        [id],
      );
      return rows.length > 0;
    },
  };
}
