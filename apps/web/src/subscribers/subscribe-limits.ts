import { createHmac } from "node:crypto";
import { rateLimitAddress } from "./rate-limit-address.js";

/** How many subscribe attempts a window allows. */
export interface AttemptLimit {
  max: number;
  windowMs: number;
}

/**
 * Per network address: enough for a household or an office retrying a typo, too few to mail
 * strangers in bulk. Per email address: a few resends of a lost confirmation, then nothing, so
 * the form cannot be used to flood one inbox from many networks.
 */
export const SUBSCRIBE_LIMITS: { perIp: AttemptLimit; perAddress: AttemptLimit } = {
  perIp: { max: 10, windowMs: 15 * 60 * 1000 },
  perAddress: { max: 3, windowMs: 60 * 60 * 1000 },
};

/**
 * The rate-limit key of an email address: keyed HMAC, so Redis holds no addresses, and neither
 * case nor `+tag` variants buy an attacker more attempts (`rateLimitAddress`).
 */
export function addressRateKey(secret: string, email: string): string {
  return createHmac("sha256", secret)
    .update(`subscribe-limit:${rateLimitAddress(email)}`)
    .digest("base64url")
    .slice(0, 22);
}

/** "15 minutes", "1 hour": how long to wait, in words. */
export function waitInWords(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes < 60) return minutes === 1 ? "a minute" : `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? "an hour" : `${hours} hours`;
}
