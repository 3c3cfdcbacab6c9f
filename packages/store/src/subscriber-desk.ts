import type { Db } from "./db.js";
import type { DigestFrequency, SubscriberStatus, Subscription } from "./subscribers.js";

/** What the desk's subscriber list narrows to; every field optional. */
export interface SubscriberFilter {
  /** Part of the address, any case. */
  search?: string | undefined;
  status?: SubscriberStatus | undefined;
  /** Subscribers who get this region (those who chose none get every region). */
  region?: string | undefined;
  /** Subscribers who get this beat (those who chose none get every beat). */
  beat?: string | undefined;
  frequency?: DigestFrequency | undefined;
}

/** A subscriber as the desk lists and exports them. */
export interface DeskSubscriber {
  id: number;
  email: string;
  status: SubscriberStatus;
  regions: string[];
  beats: string[];
  frequency: DigestFrequency;
  timezone: string;
  bounceCount: number;
  createdAt: Date;
  confirmedAt: Date | null;
}

/** One address on the suppression list: never mailed again, and why. */
export interface SuppressedSubscriber {
  id: number;
  email: string;
  status: "bounced" | "unsubscribed";
  /** The last bounce's SMTP answer, or the desk's reason; null when a reader left by their link. */
  reason: string | null;
  at: Date;
  bounceCount: number;
}

/** One row of an import, already validated. */
export interface ImportedSubscriber {
  email: string;
  regions: readonly string[];
  beats: readonly string[];
  frequency: DigestFrequency;
  timezone: string;
  /** The confirmation's nonce; ignored when consent was given elsewhere. */
  confirmNonce: string;
}

export interface ImportResult {
  /** New subscribers still to confirm: each is due a confirmation email. */
  pending: Subscription[];
  /** New subscribers made active at once (consent given elsewhere). */
  activated: number;
  /** Addresses already stored, left as they are. */
  existing: number;
  /** Of those, addresses that unsubscribed or bounced: an import never brings them back. */
  suppressed: number;
}

const DESK_COLUMNS = `id, email, status, regions, beats, frequency, timezone,
  bounce_count AS "bounceCount", created_at AS "createdAt", confirmed_at AS "confirmedAt"`;

/** `WHERE` clause and parameters for a filter. */
function whereOf(filter: SubscriberFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const clauses: string[] = [];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(clause(`$${params.length}`));
  };
  if (filter.search) {
    add((n) => `email ILIKE ${n} ESCAPE '\\'`, `%${filter.search.replace(/[\\%_]/g, "\\$&")}%`);
  }
  if (filter.status) add((n) => `status = ${n}`, filter.status);
  if (filter.frequency) add((n) => `frequency = ${n}`, filter.frequency);
  if (filter.region) add((n) => `(cardinality(regions) = 0 OR ${n} = ANY(regions))`, filter.region);
  if (filter.beat) add((n) => `(cardinality(beats) = 0 OR ${n} = ANY(beats))`, filter.beat);
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : "", params };
}

/** The desk's side of subscribers: list, export, import, remove, and the suppression list. */
export function subscriberDeskQueries(db: Db) {
  return {
    /** A page of subscribers matching `filter`, newest first, and how many match in all. */
    async listDeskSubscribers(
      filter: SubscriberFilter,
      page: { limit: number; offset: number },
    ): Promise<{ rows: DeskSubscriber[]; total: number }> {
      const { where, params } = whereOf(filter);
      const rows = await db.query<DeskSubscriber>(
        `SELECT ${DESK_COLUMNS} FROM subscribers ${where} ORDER BY id DESC
         LIMIT ${Math.trunc(page.limit)} OFFSET ${Math.trunc(page.offset)}`,
        params,
      );
      const [count] = await db.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM subscribers ${where}`,
        params,
      );
      return { rows, total: count?.total ?? 0 };
    },

    /** Every subscriber matching `filter`, oldest first: the CSV export. */
    async exportSubscribers(filter: SubscriberFilter): Promise<DeskSubscriber[]> {
      const { where, params } = whereOf(filter);
      return db.query<DeskSubscriber>(
        `SELECT ${DESK_COLUMNS} FROM subscribers ${where} ORDER BY id`,
        params,
      );
    },

    /**
     * Adds the addresses not yet stored, in one statement: `pending` with their nonce (each is
     * due a confirmation email), or `active` at once when `consentElsewhere`. Addresses already
     * stored are left alone, whatever their status: an import never resubscribes anyone.
     */
    async importSubscribers(
      rows: readonly ImportedSubscriber[],
      options: { consentElsewhere: boolean },
    ): Promise<ImportResult> {
      if (rows.length === 0) return { pending: [], activated: 0, existing: 0, suppressed: 0 };
      const status = options.consentElsewhere ? "active" : "pending";
      const inserted = await db.query<Subscription>(
        `INSERT INTO subscribers (email, regions, beats, frequency, timezone, status, confirmed_at,
           confirm_nonce, confirm_requested_at)
         SELECT DISTINCT ON (email) email,
           ARRAY(SELECT jsonb_array_elements_text(regions)), ARRAY(SELECT jsonb_array_elements_text(beats)),
           frequency, timezone, $2, CASE WHEN $2 = 'active' THEN now() END,
           CASE WHEN $2 = 'pending' THEN "confirmNonce" END, CASE WHEN $2 = 'pending' THEN now() END
         FROM jsonb_to_recordset($1::jsonb) AS x(email text, regions jsonb, beats jsonb,
           frequency text, timezone text, "confirmNonce" text)
         ON CONFLICT (email) DO NOTHING
         RETURNING id, email, regions, beats, frequency, timezone, status,
           confirm_nonce AS "confirmNonce", confirm_requested_at AS "confirmRequestedAt",
           confirmed_at AS "confirmedAt", unsubscribed_at AS "unsubscribedAt"`,
        [JSON.stringify(rows), status],
      );
      const insertedEmails = new Set(inserted.map((row) => row.email));
      const others = [...new Set(rows.map((row) => row.email))].filter(
        (email) => !insertedEmails.has(email),
      );
      const [counts] = await db.query<{ existing: number; suppressed: number }>(
        `SELECT count(*)::int AS existing,
           count(*) FILTER (WHERE status IN ('unsubscribed', 'bounced'))::int AS suppressed
         FROM subscribers WHERE email IN (SELECT jsonb_array_elements_text($1::jsonb))`,
        [JSON.stringify(others)],
      );
      return {
        pending: status === "pending" ? inserted : [],
        activated: status === "active" ? inserted.length : 0,
        existing: counts?.existing ?? 0,
        suppressed: counts?.suppressed ?? 0,
      };
    },

    /**
     * Removes a subscriber from every future edition: unsubscribed, with the desk's reason, and
     * kept on the suppression list so no import or form brings them back unasked. False when
     * they were already unsubscribed or bounced.
     */
    async removeSubscriber(id: number, reason: string): Promise<boolean> {
      const rows = await db.query(
        `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = now(),
           unsubscribe_reason = $2, updated_at = now()
         WHERE id = $1 AND status IN ('pending', 'active', 'paused') RETURNING id`,
        [id, reason],
      );
      return rows.length > 0;
    },

    /** Bounced and unsubscribed addresses, latest first, with why and when. */
    async suppressionList(limit = 500): Promise<SuppressedSubscriber[]> {
      return db.query<SuppressedSubscriber>(
        `SELECT s.id, s.email, s.status, s.bounce_count AS "bounceCount",
           CASE WHEN s.status = 'bounced' THEN (SELECT d.last_error FROM deliveries d
               WHERE d.subscriber_id = s.id AND d.state = 'bounced'
               ORDER BY d.updated_at DESC LIMIT 1)
             ELSE s.unsubscribe_reason END AS reason,
           CASE WHEN s.status = 'unsubscribed' THEN coalesce(s.unsubscribed_at, s.updated_at)
             ELSE s.updated_at END AS at
         FROM subscribers s WHERE s.status IN ('bounced', 'unsubscribed')
         ORDER BY at DESC, s.id DESC LIMIT $1`,
        [limit],
      );
    },
  };
}
