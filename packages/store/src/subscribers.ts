import type { Db } from "./db.js";

export type SubscriberStatus = "pending" | "active" | "paused" | "unsubscribed" | "bounced";
export type DigestFrequency = "daily" | "weekly";
export interface NewSubscriber {
  /** Already validated (see `@newsdesk/mail`'s `parseEmailAddress`). */
  email: string;
  regions: readonly string[];
  beats: readonly string[];
  frequency: DigestFrequency;
  /** IANA time zone; `UTC` when not given. */
  timezone?: string | undefined;
  /** `pending` until confirmed, unless given. */
  status?: SubscriberStatus | undefined;
}

export interface SubscriberRow {
  id: number;
  email: string;
  regions: string[];
  beats: string[];
  frequency: DigestFrequency;
  timezone: string;
  status: SubscriberStatus;
  bounceCount: number;
  createdAt: Date;
}

/** What a reader chooses: which desks and beats (empty: all), how often, in which time zone. */
export interface SubscriberChoices {
  regions: readonly string[];
  beats: readonly string[];
  frequency: DigestFrequency;
  /** IANA time zone, already validated. */
  timezone: string;
}

/** A subscriber as the web pages see them, with the nonce their confirmation link is signed over. */
export interface Subscription extends Omit<SubscriberRow, "bounceCount" | "createdAt"> {
  /** The current subscription attempt's nonce; null for subscribers added without one (CLI). */
  confirmNonce: string | null;
  confirmRequestedAt: Date | null;
  confirmedAt: Date | null;
  unsubscribedAt: Date | null;
}

/**
 * What a subscribe form did: `pending` (a new attempt: a confirmation email is due), or the
 * address was already `active` / `paused` and nothing changed (their choices are theirs to
 * change on the preferences page, not anyone's who types their address).
 */
export type SubscribeOutcome =
  | { kind: "pending"; subscription: Subscription }
  | { kind: "already-subscribed"; subscription: Subscription };

/**
 * What confirming did: `confirmed` now; `already-confirmed` (active or paused: a replay);
 * `ended` (unsubscribed or bounced since: a confirmation never brings them back); `superseded`
 * (the nonce was replaced by a newer attempt, or the subscriber is gone).
 */
export type ConfirmOutcome =
  | { kind: "confirmed"; subscription: Subscription }
  | { kind: "already-confirmed"; subscription: Subscription }
  | { kind: "ended"; subscription: Subscription }
  | { kind: "superseded" };

const SUBSCRIBER_COLUMNS = `id, email, regions, beats, frequency, timezone, status,
  bounce_count AS "bounceCount", created_at AS "createdAt"`;

const SUBSCRIPTION_COLUMNS = `id, email, regions, beats, frequency, timezone, status,
  confirm_nonce AS "confirmNonce", confirm_requested_at AS "confirmRequestedAt",
  confirmed_at AS "confirmedAt", unsubscribed_at AS "unsubscribedAt"`;

/**
 * The subscriber's side of the digest: double opt-in, preferences, pause and unsubscribe.
 * Every change is one guarded statement, so two tabs (or a mail client's one-click POST beside
 * a reader's click) cannot move a subscriber through a state they should not reach.
 */
export function subscriberQueries(db: Db) {
  async function getSubscription(id: number): Promise<Subscription | undefined> {
    const [row] = await db.query<Subscription>(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscribers WHERE id = $1`,
      [id],
    );
    return row;
  }

  return {
    getSubscription,

    /**
     * A subscribe form for `email`: a new or ended (unsubscribed, bounced) or still pending
     * subscriber becomes `pending` with these choices and the new `nonce`, which replaces any
     * earlier one. An `active` or `paused` subscriber is left exactly as they are.
     */
    async requestSubscription(
      email: string,
      choices: SubscriberChoices,
      nonce: string,
    ): Promise<SubscribeOutcome> {
      const [pending] = await db.query<Subscription>(
        `INSERT INTO subscribers (email, regions, beats, frequency, timezone, status,
           confirm_nonce, confirm_requested_at)
         VALUES ($1, $2, $3, $4, $5, 'pending', $6, now())
         ON CONFLICT (email) DO UPDATE SET regions = EXCLUDED.regions, beats = EXCLUDED.beats,
           frequency = EXCLUDED.frequency, timezone = EXCLUDED.timezone, status = 'pending',
           confirm_nonce = EXCLUDED.confirm_nonce, confirm_requested_at = now(), updated_at = now()
         WHERE subscribers.status IN ('pending', 'unsubscribed', 'bounced')
         RETURNING ${SUBSCRIPTION_COLUMNS}`,
        [email, choices.regions, choices.beats, choices.frequency, choices.timezone, nonce],
      );
      if (pending) return { kind: "pending", subscription: pending };
      const [existing] = await db.query<Subscription>(
        `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscribers WHERE email = $1`,
        [email],
      );
      if (!existing) throw new Error("a subscriber vanished while subscribing; try again");
      return { kind: "already-subscribed", subscription: existing };
    },

    /**
     * Activates a pending subscriber whose current attempt has this nonce. Confirming twice,
     * or after unsubscribing, changes nothing (see `ConfirmOutcome`).
     */
    async confirmSubscription(id: number, nonce: string): Promise<ConfirmOutcome> {
      const [confirmed] = await db.query<Subscription>(
        `UPDATE subscribers SET status = 'active', confirmed_at = now(), bounce_count = 0,
           updated_at = now()
         WHERE id = $1 AND confirm_nonce = $2 AND status = 'pending'
         RETURNING ${SUBSCRIPTION_COLUMNS}`,
        [id, nonce],
      );
      if (confirmed) return { kind: "confirmed", subscription: confirmed };
      const current = await getSubscription(id);
      if (!current || current.confirmNonce !== nonce || current.status === "pending") {
        return { kind: "superseded" };
      }
      if (current.status === "active" || current.status === "paused") {
        return { kind: "already-confirmed", subscription: current };
      }
      return { kind: "ended", subscription: current };
    },

    /** New choices for an active or paused subscriber; undefined (nothing changed) otherwise. */
    async updateSubscriptionChoices(
      id: number,
      choices: SubscriberChoices,
    ): Promise<Subscription | undefined> {
      const [row] = await db.query<Subscription>(
        `UPDATE subscribers SET regions = $2, beats = $3, frequency = $4, timezone = $5,
           updated_at = now()
         WHERE id = $1 AND status IN ('active', 'paused')
         RETURNING ${SUBSCRIPTION_COLUMNS}`,
        [id, choices.regions, choices.beats, choices.frequency, choices.timezone],
      );
      return row;
    },

    /** Pauses (or resumes) an active (or paused) subscriber; undefined when they are neither. */
    async setSubscriptionPaused(id: number, paused: boolean): Promise<Subscription | undefined> {
      const [row] = await db.query<Subscription>(
        `UPDATE subscribers SET status = CASE WHEN $2 THEN 'paused' ELSE 'active' END,
           updated_at = now()
         WHERE id = $1 AND status IN ('active', 'paused')
         RETURNING ${SUBSCRIPTION_COLUMNS}`,
        [id, paused],
      );
      return row;
    },

    /**
     * Unsubscribes at once (pending, active or paused). Idempotent: an unsubscribed or bounced
     * subscriber stays as they are, and is never mailed again either way. `changed` is true
     * for the call that unsubscribed them.
     */
    async unsubscribeSubscriber(
      id: number,
    ): Promise<{ changed: boolean; subscription: Subscription | undefined }> {
      const [row] = await db.query<Subscription>(
        `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = now(), updated_at = now()
         WHERE id = $1 AND status IN ('pending', 'active', 'paused')
         RETURNING ${SUBSCRIPTION_COLUMNS}`,
        [id],
      );
      if (row) return { changed: true, subscription: row };
      return { changed: false, subscription: await getSubscription(id) };
    },
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
  };
}
