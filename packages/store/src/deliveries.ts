import type { Db } from "./db.js";
import type {
  ClaimedDelivery,
  DeliveryCounts,
  DeliveryRow,
  DeliveryState,
  DigestFrequency,
  EditionRow,
  NewSubscriber,
  SaveEditionResult,
  SubscriberRow,
  SubscriberStatus,
} from "./digest-types.js";
import { EDITION_COLUMNS } from "./edition-queries.js";

const SUBSCRIBER_COLUMNS = `id, email, regions, beats, frequency, timezone, status,
  bounce_count AS "bounceCount", created_at AS "createdAt"`;

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

/** Subscribers, editions and deliveries: the digest's queries. */
export function digestQueries(db: Db) {
  return {
    /**
     * Adds a subscriber, or updates the choices (not the status) of the one with this address.
     * `created` tells which.
     */
    async upsertSubscriber(
      input: NewSubscriber,
    ): Promise<{ subscriber: SubscriberRow; created: boolean }> {
      const [row] = await db.query<SubscriberRow & { created: boolean }>(
        `INSERT INTO subscribers (email, regions, beats, frequency, timezone, status, confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6 = 'active' THEN now() END)
         ON CONFLICT (email) DO UPDATE SET regions = EXCLUDED.regions, beats = EXCLUDED.beats,
           frequency = EXCLUDED.frequency, timezone = EXCLUDED.timezone, updated_at = now()
         RETURNING ${SUBSCRIBER_COLUMNS}, (xmax = 0) AS created`,
        [
          input.email,
          input.regions,
          input.beats,
          input.frequency,
          input.timezone ?? "UTC",
          input.status ?? "pending",
        ],
      );
      if (!row) throw new Error(`subscriber ${input.email.length} chars not stored`);
      const { created, ...subscriber } = row;
      return { subscriber, created };
    },

    /** Adds many subscribers in one statement (addresses already stored are left as they are). */
    async addSubscribers(inputs: readonly NewSubscriber[]): Promise<number> {
      if (inputs.length === 0) return 0;
      const rows = inputs.map((input) => ({
        email: input.email,
        regions: input.regions,
        beats: input.beats,
        frequency: input.frequency,
        timezone: input.timezone ?? "UTC",
        status: input.status ?? "pending",
      }));
      const inserted = await db.query(
        `INSERT INTO subscribers (email, regions, beats, frequency, timezone, status, confirmed_at)
         SELECT email,
           ARRAY(SELECT jsonb_array_elements_text(regions)), ARRAY(SELECT jsonb_array_elements_text(beats)),
           frequency, timezone, status, CASE WHEN status = 'active' THEN now() END
         FROM jsonb_to_recordset($1::jsonb) AS x(email text, regions jsonb, beats jsonb,
           frequency text, timezone text, status text)
         ON CONFLICT (email) DO NOTHING RETURNING id`,
        [JSON.stringify(rows)],
      );
      return inserted.length;
    },

    async getSubscriber(id: number): Promise<SubscriberRow | undefined> {
      const [row] = await db.query<SubscriberRow>(
        `SELECT ${SUBSCRIBER_COLUMNS} FROM subscribers WHERE id = $1`,
        [id],
      );
      return row;
    },

    async setSubscriberStatus(id: number, status: SubscriberStatus): Promise<void> {
      await db.query(
        `UPDATE subscribers SET status = $2, updated_at = now(),
           confirmed_at = CASE WHEN $2 = 'active' THEN coalesce(confirmed_at, now()) ELSE confirmed_at END,
           unsubscribed_at = CASE WHEN $2 = 'unsubscribed' THEN now() ELSE unsubscribed_at END
         WHERE id = $1`,
        [id, status],
      );
    },

    /** Active subscribers of a frequency: who an edition prepared now would go to. */
    async audienceSize(frequency: DigestFrequency): Promise<number> {
      const [row] = await db.query<{ count: number }>(
        "SELECT count(*)::int AS count FROM subscribers WHERE status = 'active' AND frequency = $1",
        [frequency],
      );
      return row?.count ?? 0;
    },

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
    }): Promise<SaveEditionResult> {
      const saved = await db.query<EditionRow & { created: boolean }>(
        `INSERT INTO editions (frequency, period_start, period_end, content, article_count)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (frequency, period_start, period_end) DO UPDATE SET content = EXCLUDED.content,
           article_count = EXCLUDED.article_count
         WHERE editions.status = 'draft'
         RETURNING ${EDITION_COLUMNS}, (xmax = 0) AS created`,
        [
          input.frequency,
          input.periodStart,
          input.periodEnd,
          JSON.stringify(input.content),
          input.articleCount,
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
           INSERT INTO deliveries (edition_id, subscriber_id, regions, beats)
           SELECT edition.id, s.id, s.regions, s.beats
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
    async claimDelivery(id: number): Promise<ClaimedDelivery | undefined> {
      const [row] = await claimDeliveries(db, [id]);
      return row;
    },

    /**
     * `claimDelivery` for several rows in one statement (the deliver jobs in flight). Returns the
     * rows claimed, in no order; an id may appear once.
     */
    async claimDeliveries(ids: readonly number[]): Promise<ClaimedDelivery[]> {
      return claimDeliveries(db, ids);
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
     * the delivery's edition when this call finished it.
     */
    async markDeliveryFinished(
      id: number,
      state: "failed" | "skipped",
      error: string,
    ): Promise<number | undefined> {
      const [row] = await db.query<{ editionId: number }>(
        `UPDATE deliveries SET state = $2, last_error = $3, updated_at = now()
         WHERE id = $1 AND state IN ('queued', 'sending') RETURNING edition_id AS "editionId"`,
        [id, state, error],
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
 * `queued`/`sending` -> `sending`, unless the edition is paused. Rows are locked in id order,
 * so two processes claiming overlapping batches wait for each other instead of deadlocking.
 */
async function claimDeliveries(db: Db, ids: readonly number[]): Promise<ClaimedDelivery[]> {
  if (ids.length === 0) return [];
  return db.query<ClaimedDelivery>(
    `UPDATE deliveries d SET state = 'sending', attempts = d.attempts + 1, updated_at = now()
     FROM subscribers s, editions e
     WHERE d.id IN (
         SELECT id FROM deliveries WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE
       )
       AND s.id = d.subscriber_id AND d.state IN ('queued', 'sending')
       AND e.id = d.edition_id AND e.status <> 'paused'
     RETURNING d.id, d.edition_id AS "editionId", d.subscriber_id AS "subscriberId", s.email,
       s.status AS "subscriberStatus", d.regions, d.beats, d.attempts`,
    [ids],
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
