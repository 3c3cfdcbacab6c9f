import type { Logger } from "@newsdesk/config";
import { fillEncoded, type Mailer, messageIdFor, PermanentSendError } from "@newsdesk/mail";
import { editionList, slotValues } from "@newsdesk/newsletter";
import { type DeliverPayload, deliverJob, jobHandler } from "@newsdesk/queue";
import type { ClaimHolder, Store } from "@newsdesk/store";
import { UnrecoverableError } from "bullmq";
import type { FailurePolicy } from "../edition/failure-rate.js";
import { pauseIfFailing } from "../edition/pause-edition.js";
import type { SegmentCache } from "../edition/segment-cache.js";
import { DeliveryHeldElsewhereError, EditionNotFoundError } from "../errors.js";
import { subscriberLinks } from "../signed-links.js";
import { oneAtATime } from "../workers/one-at-a-time.js";

export interface DeliverDeps {
  store: Pick<
    Store,
    | "claimDelivery"
    | "markDeliverySent"
    | "markDeliveryRetry"
    | "markDeliveryFinished"
    | "markDeliveryBounced"
    | "deliveryOnHold"
    | "getDelivery"
    | "editionOutcomes"
    | "pauseEdition"
  >;
  mailer: Mailer;
  segments: SegmentCache;
  links: { secret: string; publicUrl: string; mailDomain: string };
  /** Permanent refusals in a row after which a subscriber is suppressed. */
  bounceLimit: number;
  /** When the edition pauses itself for failing too often. */
  failurePolicy: FailurePolicy;
  log: Logger;
  /**
   * This process as a claim holder, for giving up on a delivery: a row another try is sending
   * (here or in another running process) is not marked failed under it.
   */
  claimHolder?: (() => Promise<ClaimHolder>) | undefined;
}

export type DeliverOutcome =
  | "sent"
  /** Already finished by an earlier try (sent, bounced, failed or skipped): nothing sent. */
  | "done-before"
  /** The subscriber is no longer active, or their segment has nothing this time. */
  | "skipped"
  /** The edition is paused: the row stays queued until `digest resume` queues it again. */
  | "paused";

/**
 * One delivery: claim the row (`queued`/`sending` -> `sending`, atomically; a finished row is
 * never claimed, so a sent email is never sent again whatever BullMQ retries; a row another
 * running process claimed moments ago throws `DeliveryHeldElsewhereError`, to look again after
 * the backoff, as that process may be sending it now), render through
 * the segment cache, fill for the subscriber, send, record. A transient SMTP failure puts the
 * row back to `queued` and throws, for BullMQ's backoff; a permanent one records a bounce,
 * pauses the edition if too many of its deliveries failed, and throws `UnrecoverableError`. A
 * paused edition's rows are not claimed: they stay queued and nothing is sent.
 */
export async function handle(data: DeliverPayload, deps: DeliverDeps): Promise<DeliverOutcome> {
  const { store, log } = deps;
  const delivery = await store.claimDelivery(data.deliveryId);
  if (!delivery) {
    if (await store.deliveryOnHold(data.deliveryId)) return "paused";
    const row = await store.getDelivery(data.deliveryId);
    if (row?.state === "sending") throw new DeliveryHeldElsewhereError(data.deliveryId);
    return "done-before";
  }
  if (delivery.subscriberStatus !== "active") {
    await store.markDeliveryFinished(
      delivery.id,
      "skipped",
      `subscriber is ${delivery.subscriberStatus}`,
    );
    return "skipped";
  }
  const prepared = await deps.segments.get(delivery.editionId, {
    regions: delivery.regions,
    beats: delivery.beats,
  });
  if (!prepared) {
    await store.markDeliveryFinished(
      delivery.id,
      "skipped",
      "nothing in the subscriber's regions and beats",
    );
    return "skipped";
  }
  const links = subscriberLinks(deps.links, delivery.subscriberId);
  const values = slotValues({
    greeting: "Hello,",
    unsubscribeUrl: links.unsubscribeUrl,
    preferencesUrl: links.preferencesUrl,
  });
  // The row's token keeps the id across retries and makes it new to every receiver.
  const messageId = messageIdFor(
    delivery.editionId,
    delivery.subscriberId,
    deps.links.mailDomain,
    delivery.messageToken,
  );
  try {
    await deps.mailer.send({
      to: delivery.email,
      subject: prepared.template.subject,
      html: fillEncoded(prepared.html, values.html),
      text: fillEncoded(prepared.text, values.text),
      messageId,
      unsubscribeUrl: links.unsubscribeUrl,
      unsubscribeMailto: links.unsubscribeMailto,
      fromName: prepared.branding.senderName ?? undefined,
      ...editionList(delivery.frequency, deps.links.mailDomain, prepared.branding.name),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof PermanentSendError) {
      const { suppressed } = await store.markDeliveryBounced(delivery.id, reason, deps.bounceLimit);
      log.warn(
        {
          deliveryId: delivery.id,
          subscriberId: delivery.subscriberId,
          code: error.responseCode,
          suppressed,
        },
        "delivery refused for good",
      );
      await pauseIfFailing(deps, delivery.editionId, deps.failurePolicy);
      throw new UnrecoverableError(reason);
    }
    await store.markDeliveryRetry(delivery.id, reason);
    throw error;
  }
  await store.markDeliverySent(delivery.id, messageId);
  return "sent";
}

/**
 * The `deliver` job: runs `handle`; a delivery whose last try failed (not refused: a bounce is
 * recorded by `handle`) is marked `failed`, and its edition pauses if too many did. A try
 * restarted while an earlier one of the same delivery still runs in this process (its job lock
 * lapsed on a busy event loop) waits for it, then finds the row sent.
 */
export function deliverHandler(deps: Omit<DeliverDeps, "log">) {
  const perDelivery = oneAtATime<number>();
  return jobHandler({
    job: deliverJob,
    async run(data, { log }) {
      const outcome = await perDelivery(data.deliveryId, () =>
        handle(data, { ...deps, log }),
      ).catch((error: unknown) => {
        if (error instanceof EditionNotFoundError) throw new UnrecoverableError(error.message);
        throw error;
      });
      log.debug({ deliveryId: data.deliveryId, outcome }, "delivery done");
      return outcome;
    },
    async failed(data, reason, { log, error }) {
      if (error instanceof UnrecoverableError) return;
      // The holder finishes the row; if it dies first, reconciling queues it again once stale.
      if (error instanceof DeliveryHeldElsewhereError) return;
      // A try stalled too often while an earlier one of this process still runs: that one
      // finishes the row.
      if (perDelivery.busy(data.deliveryId)) return;
      const editionId = await deps.store.markDeliveryFinished(
        data.deliveryId,
        "failed",
        reason,
        await deps.claimHolder?.(),
      );
      log.error({ deliveryId: data.deliveryId, err: error ?? reason }, "delivery failed for good");
      if (editionId !== undefined) {
        await pauseIfFailing({ store: deps.store, log }, editionId, deps.failurePolicy);
      }
    },
  });
}
