import { checkLinkToken } from "@newsdesk/digest";
import type { Store, Subscription } from "@newsdesk/store";
import { RejectedLinkError } from "./subscriber-errors.js";
import {
  type ConfirmClaim,
  checkConfirmToken,
  parseConfirmParams,
  parseLinkParams,
} from "./subscriber-tokens.js";

const NOT_OURS =
  "This link is incomplete, was changed, or is not one of ours. Open it again from the email, copying the whole address.";

/**
 * The subscriber an unsubscribe or preferences link (query or form fields `s`, `t`) stands for;
 * `subscription` is undefined when the row is gone. Throws `RejectedLinkError` (403) otherwise.
 */
export async function verifiedSubscriberLink(
  deps: { store: Store; secret: string },
  purpose: "unsubscribe" | "preferences",
  input: unknown,
): Promise<{ subscriberId: number; token: string; subscription: Subscription | undefined }> {
  const link = parseLinkParams(input);
  if (!link || !checkLinkToken(deps.secret, purpose, link.subscriberId, link.token)) {
    throw new RejectedLinkError(NOT_OURS);
  }
  return { ...link, subscription: await deps.store.getSubscription(link.subscriberId) };
}

/**
 * The subscriber a confirmation link (`s`, `e`, `t`) stands for, signed over their current
 * attempt's nonce. A replay of a link already used is fine (the subscriber is no longer
 * pending; the caller says so); a pending subscriber's expired link is refused.
 */
export async function verifiedConfirmation(
  deps: { store: Store; secret: string },
  input: unknown,
  now: number = Date.now(),
): Promise<{ claim: ConfirmClaim & { token: string }; subscription: Subscription }> {
  const claim = parseConfirmParams(input);
  const subscription = claim ? await deps.store.getSubscription(claim.subscriberId) : undefined;
  if (!claim || !subscription) throw new RejectedLinkError(NOT_OURS);
  const check = checkConfirmToken(deps.secret, claim, subscription.confirmNonce, now);
  if (check === "forged") {
    throw new RejectedLinkError(
      "This confirmation link is not valid: it was changed, or a newer confirmation email replaced it. Use the newest email we sent, or subscribe again on the front page.",
    );
  }
  if (check === "expired" && subscription.status === "pending") {
    throw new RejectedLinkError(
      "This confirmation link has expired: links work for 48 hours. Subscribe again on the front page and we will send a fresh one.",
    );
  }
  return { claim, subscription };
}
