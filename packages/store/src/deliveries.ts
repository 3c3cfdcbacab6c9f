import type { Db } from "./db.js";
import type { SubscriberStatus } from "./subscribers.js";

export type DeliveryState = "queued" | "sending" | "sent" | "failed" | "bounced" | "skipped";

/** A delivery claimed for sending (`queued`/`sending` -> `sending`), with what sending needs. */
export interface ClaimedDelivery {
  id: number;
  editionId: number;
  subscriberId: number;
  email: string;
  /** The subscriber's status now: anything but `active` means the email must not go out. */
  subscriberStatus: SubscriberStatus;
  regions: string[];
  beats: string[];
  /** Claims so far, this one included. */
  attempts: number;
  /** The edition's list (`daily` or `weekly`). */
  frequency: "daily" | "weekly";
  /** Random, fixed when the row was created: the Message-ID's unique part (`messageIdFor`). */
  messageToken: string;
}

/**
 * Who claims, for the rules that keep a live claim from being taken over: a `sending` row may
 * be claimed again only by its holder, when its holder is not among `liveHolders`, or when its
 * claim is older than `staleSeconds`. Without it (tools, tests of other rules) any `sending`
 * row may be claimed again, as before claims had holders.
 */
export interface ClaimHolder {
  /** This process's id (random per process). */
  by: string;
  /**
   * Holders whose process is still running (their Redis connection is open); null when that
   * cannot be known (a Redis that refuses `CLIENT LIST`): then every holder counts as running
   * and only `staleSeconds` frees its rows.
   */
  liveHolders: readonly string[] | null;
  staleSeconds: number;
}

export interface DeliveryRow {
  id: number;
  editionId: number;
  subscriberId: number;
  state: DeliveryState;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
  sentAt: Date | null;
}

export type DeliveryCounts = Record<DeliveryState, number> & { total: number };

const DELIVERY_COLUMNS = `id, edition_id AS "editionId", subscriber_id AS "subscriberId", state,
  attempts, last_error AS "lastError", message_id AS "messageId", sent_at AS "sentAt"`;

const DELIVERY_STATES: readonly DeliveryState[] = [
  "queued",
  "sending",
  "sent",
  "failed",
  "bounced",
  "skipped",
];

/**
 * Deliveries: one row per (edition, subscriber), frozen with the audience; claimed, sent,
 * retried or bounced, never sent twice.
 */
export function deliveryQueries(db: Db) {
  return {
    /**
     * Deliveries of unpaused editions still to send: `queued` ones, and `sending` ones not
     * touched for `staleSendingSeconds` (their process died between claim and send).
     */
    async unsentDeliveryIds(staleSendingSeconds: number): Promise<number[]> {
      const rows = await db.query<{ id: number }>(
        `SELECT d.id FROM deliveries d JOIN editions e ON e.id = d.edition_id
         WHERE e.status <> 'paused' AND (d.state = 'queued'
           OR (d.state = 'sending' AND d.updated_at < now() - make_interval(secs => $1)))
         ORDER BY d.id`,
        [staleSendingSeconds],
      );
      return rows.map((row) => row.id);
    },
    /**
     * Freezes an edition's audience, in one statement: one `queued` delivery per active
     * subscriber of its frequency (of these `timezones` only, when given: a scheduled edition
     * belongs to the time zones whose send slot it is), with their regions and beats as they are
     * now; the edition becomes `prepared`. A second call adds nobody (whoever subscribed since
     * waits for the next edition). Returns the deliveries created by this call.
     */
    async prepareDeliveries(
      editionId: number,
      options: { timezones?: readonly string[] | undefined } = {},
    ): Promise<number> {
      const rows = await db.query<{ count: number }>(
        `WITH edition AS (
           UPDATE editions SET status = 'prepared', prepared_at = now()
           WHERE id = $1 AND status = 'draft' RETURNING id, frequency
         ), inserted AS (
           -- 122 random bits from PostgreSQL's strong source, as 32 hex digits (see messageIdFor).
           INSERT INTO deliveries (edition_id, subscriber_id, regions, beats, message_token)
           SELECT edition.id, s.id, s.regions, s.beats, replace(gen_random_uuid()::text, '-', '')
           FROM edition JOIN subscribers s ON s.frequency = edition.frequency AND s.status = 'active'
           WHERE $2::text[] IS NULL OR s.timezone = ANY($2::text[])
           ON CONFLICT (edition_id, subscriber_id) DO NOTHING RETURNING 1
         )
         SELECT count(*)::int AS count FROM inserted`,
        [editionId, options.timezones ?? null],
      );
      return rows[0]?.count ?? 0;
    },
    /** Ids of an edition's deliveries not yet finished (`queued` or `sending`), ascending. */
    async pendingDeliveryIds(editionId: number): Promise<number[]> {
      const rows = await db.query<{ id: number }>(
        `SELECT id FROM deliveries WHERE edition_id = $1 AND state IN ('queued', 'sending')
         ORDER BY id`,
        [editionId],
      );
      return rows.map((row) => Number(row.id));
    },
    /**
     * Claims a delivery for sending: `queued` or `sending` (an earlier try that died) becomes
     * `sending`, atomically, and its attempts go up. Undefined when the delivery is finished
     * (sent, failed, bounced, skipped), unknown, or its edition is paused (see
     * `deliveryOnHold`): then nothing must be sent.
     */
    async claimDelivery(id: number, holder?: ClaimHolder): Promise<ClaimedDelivery | undefined> {
      const [row] = await claimDeliveries(db, [id], holder);
      return row;
    },
    /**
     * `claimDelivery` for several rows in one statement (the deliver jobs in flight). Returns the
     * rows claimed, in no order; an id may appear once.
     */
    async claimDeliveries(
      ids: readonly number[],
      holder?: ClaimHolder,
    ): Promise<ClaimedDelivery[]> {
      return claimDeliveries(db, ids, holder);
    },
    /** Records the send; resets the subscriber's bounce count (bounces count when in a row). */
    async markDeliverySent(id: number, messageId: string): Promise<void> {
      await markDeliveriesSent(db, [{ id, messageId }]);
    },
    /** `markDeliverySent` for several rows in one statement; each id may appear once. */
    async markDeliveriesSent(sends: readonly { id: number; messageId: string }[]): Promise<void> {
      await markDeliveriesSent(db, sends);
    },
    /** A transient failure: back to `queued` with the error, for the next try. */
    async markDeliveryRetry(id: number, error: string): Promise<void> {
      await db.query(
        `UPDATE deliveries SET state = 'queued', last_error = $2, updated_at = now()
         WHERE id = $1 AND state = 'sending'`,
        [id, error],
      );
    },
    /**
     * Finished without sending: the subscriber is no longer active, or the job gave up. Returns
     * the delivery's edition when this call finished it. With a holder, a row another live
     * process claimed moments ago is left alone: that process may be sending it now.
     */
    async markDeliveryFinished(
      id: number,
      state: "failed" | "skipped",
      error: string,
      holder?: ClaimHolder,
    ): Promise<number | undefined> {
      const [row] = await db.query<{ editionId: number }>(
        `UPDATE deliveries d SET state = $2, last_error = $3, updated_at = now()
         WHERE id = $1 AND ${unheldBy("d", "$4", "$5", "$6")}
         RETURNING edition_id AS "editionId"`,
        [
          id,
          state,
          error,
          holder?.by ?? null,
          holder ? holder.liveHolders : [],
          holder?.staleSeconds ?? 0,
        ],
      );
      return row?.editionId;
    },
    /**
     * The server refused the email for good: the delivery is `bounced` and the subscriber's
     * bounce count goes up; at `suppressAfter` bounces in a row the subscriber becomes
     * `bounced` and gets nothing more. Returns whether this bounce suppressed them.
     */
    async markDeliveryBounced(
      id: number,
      error: string,
      suppressAfter: number,
    ): Promise<{ suppressed: boolean }> {
      const rows = await db.query<{ suppressed: boolean }>(
        `WITH bounced AS (
           UPDATE deliveries SET state = 'bounced', last_error = $2, updated_at = now()
           WHERE id = $1 AND state IN ('queued', 'sending') RETURNING subscriber_id
         )
         UPDATE subscribers s SET bounce_count = s.bounce_count + 1, updated_at = now(),
           status = CASE WHEN s.bounce_count + 1 >= $3 AND s.status = 'active' THEN 'bounced'
                         ELSE s.status END
         FROM bounced WHERE s.id = bounced.subscriber_id
         RETURNING (s.status = 'bounced' AND s.bounce_count = $3) AS suppressed`,
        [id, error, suppressAfter],
      );
      return { suppressed: rows[0]?.suppressed ?? false };
    },
    async getDelivery(id: number): Promise<DeliveryRow | undefined> {
      const [row] = await db.query<DeliveryRow>(
        `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE id = $1`,
        [id],
      );
      return row;
    },
    async listDeliveries(editionId: number): Promise<DeliveryRow[]> {
      return db.query<DeliveryRow>(
        `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE edition_id = $1 ORDER BY id`,
        [editionId],
      );
    },
    /** An edition's deliveries by state. */
    async deliveryCounts(editionId: number): Promise<DeliveryCounts> {
      const rows = await db.query<{ state: DeliveryState; count: number }>(
        "SELECT state, count(*)::int AS count FROM deliveries WHERE edition_id = $1 GROUP BY state",
        [editionId],
      );
      const counts = Object.fromEntries(DELIVERY_STATES.map((state) => [state, 0])) as Record<
        DeliveryState,
        number
      >;
      let total = 0;
      for (const row of rows) {
        counts[row.state] = row.count;
        total += row.count;
      }
      return { ...counts, total };
    },
  };
}

/**
 * SQL: the row is `queued`, or `sending` and free for the holder in parameters `by`, `live`,
 * `stale` (see `ClaimHolder`; a null holder frees every `sending` row).
 */
function unheldBy(row: string, by: string, live: string, stale: string): string {
  return `(${row}.state = 'queued' OR (${row}.state = 'sending' AND (
    ${by}::text IS NULL OR ${row}.claimed_by IS NULL OR ${row}.claimed_by = ${by}
    OR (${live}::text[] IS NOT NULL AND NOT (${row}.claimed_by = ANY(${live}::text[])))
    OR ${row}.claimed_at < now() - make_interval(secs => ${stale}))))`;
}

/**
 * `queued`/`sending` -> `sending`, unless the edition is paused or (with a holder) the row is
 * held by another live process's recent claim: a compare-and-set on the holder, so of two tries
 * of one delivery only one sends. Rows are locked in id order, so two processes claiming
 * overlapping batches wait for each other instead of deadlocking.
 */
async function claimDeliveries(
  db: Db,
  ids: readonly number[],
  holder?: ClaimHolder,
): Promise<ClaimedDelivery[]> {
  if (ids.length === 0) return [];
  return db.query<ClaimedDelivery>(
    `UPDATE deliveries d SET state = 'sending', attempts = d.attempts + 1, updated_at = now(),
       claimed_by = $2, claimed_at = now()
     FROM subscribers s, editions e
     WHERE d.id IN (
         SELECT id FROM deliveries WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE
       )
       AND s.id = d.subscriber_id
       AND ${unheldBy("d", "$2", "$3", "$4")}
       AND e.id = d.edition_id AND e.status <> 'paused'
     RETURNING d.id, d.edition_id AS "editionId", d.subscriber_id AS "subscriberId", s.email,
       s.status AS "subscriberStatus", d.regions, d.beats, d.attempts,
       d.message_token AS "messageToken", e.frequency`,
    [ids, holder?.by ?? null, holder ? holder.liveHolders : [], holder?.staleSeconds ?? 0],
  );
}

async function markDeliveriesSent(
  db: Db,
  sends: readonly { id: number; messageId: string }[],
): Promise<void> {
  if (sends.length === 0) return;
  await db.query(
    `WITH sent AS (
       UPDATE deliveries d SET state = 'sent', sent_at = now(), message_id = i.message_id,
         last_error = NULL, updated_at = now()
       FROM unnest($1::bigint[], $2::text[]) AS i(id, message_id)
       WHERE d.id = i.id AND d.state = 'sending' RETURNING d.subscriber_id
     )
     UPDATE subscribers SET bounce_count = 0
     WHERE id IN (SELECT subscriber_id FROM sent) AND bounce_count <> 0`,
    [sends.map((send) => send.id), sends.map((send) => send.messageId)],
  );
}
