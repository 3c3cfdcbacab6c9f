import { createHmac } from "node:crypto";
import { normalizeIP } from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { attemptLimiter, registerAttemptLimits } from "../attempt-limiter.js";
import type { AttemptLimit } from "../subscribers/subscribe-limits.js";
import type { WebDeps } from "../web-deps.js";

/**
 * Sign-in attempts per client address (IPv6 by /64): plenty for an editor who mistypes a
 * password, while guessing gets 40 tries an hour, not 135 a second.
 */
export const SIGN_IN_LIMIT: AttemptLimit = { max: 10, windowMs: 15 * 60 * 1000 };

/**
 * Sign-in attempts per account, from any number of addresses: guessing one editor's password
 * from a botnet gets as few tries as from one network. The price, an attacker can hold an
 * account's sign-in shut for 15 minutes at a time, is paid by that one account; its sessions
 * already open carry on.
 */
export const ACCOUNT_SIGN_IN_LIMIT: AttemptLimit = { max: 10, windowMs: 15 * 60 * 1000 };

export interface SignInLimits {
  /** Counts an attempt from this client address; throws the 429 page past the limit. */
  perAddress(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Counts an attempt at the account the form names (known or not); 429 past the limit. */
  perAccount(request: FastifyRequest, reply: FastifyReply): Promise<void>;
}

/**
 * Registers the sign-in's attempt counters on `app` (Redis, shared by every web process) and
 * returns the checks the sign-in runs before it looks at a password or the token: each attempt
 * counts, right or wrong, so the answer past a limit (429) says nothing about what was tried.
 */
export async function signInLimits(
  app: FastifyInstance,
  deps: Pick<WebDeps, "redisUrl" | "queuePrefix" | "secret" | "log">,
): Promise<SignInLimits> {
  await registerAttemptLimits(app, deps, "sign-in-limit");
  const perAddress = attemptLimiter(
    app,
    SIGN_IN_LIMIT,
    (request) => `ip:${normalizeIP(request.ip)}`,
  );
  const perAccount = attemptLimiter(
    app,
    ACCOUNT_SIGN_IN_LIMIT,
    (request) =>
      `account:${accountRateKey(deps.secret, (request.body as { login?: unknown }).login)}`,
  );
  return {
    perAddress: (request, reply) =>
      perAddress(
        request,
        reply,
        "Too many sign-in attempts from your network. Please wait {wait}, then sign in again.",
      ),
    perAccount: (request, reply) =>
      perAccount(
        request,
        reply,
        "Too many sign-in attempts for this account. Please wait {wait}, then sign in again; if it was not you, tell an admin.",
      ),
  };
}

/**
 * The rate-limit key of a typed login: trimmed and lower case as logins are stored, so no
 * spelling of it buys more attempts, and a keyed HMAC, so Redis holds no logins.
 */
export function accountRateKey(secret: string, login: unknown): string {
  const typed = typeof login === "string" ? login.trim().toLowerCase() : "";
  return createHmac("sha256", secret)
    .update(`sign-in-limit:${typed}`)
    .digest("base64url")
    .slice(0, 22);
}
