import { createHmac, randomBytes } from "node:crypto";
import { sameToken } from "@newsdesk/digest";
import { z } from "zod";

/** How long a confirmation link works. Long enough for a weekend, short enough to go stale. */
export const CONFIRM_LINK_TTL_MS = 48 * 60 * 60 * 1000;

/** A fresh nonce for one subscription attempt (128 bits, base64url). */
export function newConfirmNonce(): string {
  return randomBytes(16).toString("base64url");
}

/** What a confirmation link carries; the nonce stays in the database, never in the link. */
export interface ConfirmClaim {
  subscriberId: number;
  /** Seconds since the epoch after which the link no longer confirms. */
  expiresAt: number;
}

/**
 * HMAC-SHA256 of the subscriber, the expiry and the attempt's nonce: a newer attempt (new
 * nonce) or a changed expiry invalidates it. 22 base64url characters (128 bits), like the
 * unsubscribe and preferences tokens.
 */
export function confirmToken(secret: string, claim: ConfirmClaim, nonce: string): string {
  return createHmac("sha256", secret)
    .update(`confirm:${claim.subscriberId}:${claim.expiresAt}:${nonce}`)
    .digest("base64url")
    .slice(0, 22);
}

/** The link in a confirmation email: `/confirm?s=ID&e=EXPIRES&t=TOKEN`. */
export function confirmationUrl(
  options: { secret: string; publicUrl: string },
  subscriberId: number,
  nonce: string,
  now: number = Date.now(),
): string {
  const claim = { subscriberId, expiresAt: Math.floor((now + CONFIRM_LINK_TTL_MS) / 1000) };
  const token = confirmToken(options.secret, claim, nonce);
  const base = options.publicUrl.replace(/\/+$/, "");
  return `${base}/confirm?s=${subscriberId}&e=${claim.expiresAt}&t=${token}`;
}

/** `valid`, `forged` (wrong signature: tampered, or replaced by a newer attempt) or `expired`. */
export type ConfirmCheck = "valid" | "forged" | "expired";

/**
 * Checks a confirmation token against the nonce of the subscriber's current attempt. The
 * signature is checked first, so an expiry nobody signed is `forged`, not `expired`.
 */
export function checkConfirmToken(
  secret: string,
  claim: ConfirmClaim & { token: string },
  nonce: string | null,
  now: number = Date.now(),
): ConfirmCheck {
  if (nonce === null || !sameToken(claim.token, confirmToken(secret, claim, nonce))) {
    return "forged";
  }
  return claim.expiresAt * 1000 > now ? "valid" : "expired";
}

const digits = z
  .string()
  .regex(/^\d{1,15}$/)
  .transform(Number);
const subscriberId = digits.pipe(z.number().int().positive());
const token = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

/** `s` and `t` of an unsubscribe or preferences link (query or form); undefined when malformed. */
export function parseLinkParams(
  input: unknown,
): { subscriberId: number; token: string } | undefined {
  const parsed = z.object({ s: subscriberId, t: token }).safeParse(input);
  return parsed.success ? { subscriberId: parsed.data.s, token: parsed.data.t } : undefined;
}

/** `s`, `e` and `t` of a confirmation link; undefined when malformed. */
export function parseConfirmParams(input: unknown): (ConfirmClaim & { token: string }) | undefined {
  const parsed = z
    .object({
      s: subscriberId,
      e: digits,
      t: token,
    })
    .safeParse(input);
  if (!parsed.success) return undefined;
  return { subscriberId: parsed.data.s, expiresAt: parsed.data.e, token: parsed.data.t };
}
