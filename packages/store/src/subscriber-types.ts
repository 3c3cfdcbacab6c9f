import type { DigestFrequency, SubscriberRow } from "./digest-types.js";

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
