import type { Db } from "./db.js";
import type {
  ConfirmOutcome,
  SubscribeOutcome,
  SubscriberChoices,
  Subscription,
} from "./subscriber-types.js";

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
  };
}
