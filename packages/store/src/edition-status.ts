import type { Db } from "./db.js";
import type { EditionRow } from "./editions.js";

/** An edition as the desk follows it: its period, status and its deliveries by state. */
export interface EditionDeliveryStatus
  extends Pick<
    EditionRow,
    | "id"
    | "frequency"
    | "periodStart"
    | "periodEnd"
    | "status"
    | "articleCount"
    | "preparedAt"
    | "pausedAt"
    | "pauseReason"
  > {
  /** When an editor approved it (approval mode `hold`), and who. */
  approvedAt: Date | null;
  approvedBy: string | null;
  /** Deliveries frozen for it: one per subscriber in its audience. */
  audience: number;
  /** Waiting to be sent, or being sent now. */
  queued: number;
  sent: number;
  failed: number;
  bounced: number;
  skipped: number;
}

/** Editions with their delivery counts, newest first: the desk's send status. */
export function editionStatusQueries(db: Db) {
  return {
    async listEditionStatus(limit = 30): Promise<EditionDeliveryStatus[]> {
      return db.query<EditionDeliveryStatus>(
        `SELECT e.id, e.frequency, e.period_start AS "periodStart", e.period_end AS "periodEnd",
           e.status, e.article_count AS "articleCount", e.prepared_at AS "preparedAt",
           e.paused_at AS "pausedAt", e.pause_reason AS "pauseReason",
           e.approved_at AS "approvedAt", e.approved_by AS "approvedBy",
           count(d.id)::int AS audience,
           count(d.id) FILTER (WHERE d.state IN ('queued', 'sending'))::int AS queued,
           count(d.id) FILTER (WHERE d.state = 'sent')::int AS sent,
           count(d.id) FILTER (WHERE d.state = 'failed')::int AS failed,
           count(d.id) FILTER (WHERE d.state = 'bounced')::int AS bounced,
           count(d.id) FILTER (WHERE d.state = 'skipped')::int AS skipped
         FROM (SELECT * FROM editions ORDER BY id DESC LIMIT $1) e
         LEFT JOIN deliveries d ON d.edition_id = e.id
         GROUP BY e.id, e.frequency, e.period_start, e.period_end, e.status, e.article_count,
           e.prepared_at, e.paused_at, e.pause_reason, e.approved_at, e.approved_by
         ORDER BY e.id DESC`,
        [limit],
      );
    },
  };
}
