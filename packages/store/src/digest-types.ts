export type SubscriberStatus = "pending" | "active" | "paused" | "unsubscribed" | "bounced";
export type DigestFrequency = "daily" | "weekly";
export type DeliveryState = "queued" | "sending" | "sent" | "failed" | "bounced" | "skipped";

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
