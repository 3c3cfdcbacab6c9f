import type { Db } from "./db.js";
import type { DigestFrequency, EditionOutcomes, EditionRow } from "./digest-types.js";

export const EDITION_COLUMNS = `id, frequency, period_start AS "periodStart", period_end AS "periodEnd",
  status, article_count AS "articleCount", prepared_at AS "preparedAt",
  queued_at AS "queuedAt", paused_at AS "pausedAt", pause_reason AS "pauseReason",
  created_at AS "createdAt"`;

// Deliveries that were tried and are done: skipped ones were never tried.
const FINISHED = "state IN ('sent', 'bounced', 'failed')";
const FAILED = "state IN ('bounced', 'failed')";

/** An edition's life after it is built: schedules, queueing, pausing and resuming. */
export function editionQueries(db: Db) {
  return {
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
