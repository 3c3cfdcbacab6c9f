import { normalizeIP } from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { attemptLimiter, registerAttemptLimits } from "../attempt-limiter.js";
import type { AttemptLimit } from "../subscribers/subscribe-limits.js";
import type { WebDeps } from "../web-deps.js";

/**
 * Sign-in attempts per client address (IPv6 by /64): plenty for an editor who mistypes the
 * token, while guessing it gets 40 tries an hour, not 135 a second.
 */
export const SIGN_IN_LIMIT: AttemptLimit = { max: 10, windowMs: 15 * 60 * 1000 };

/**
 * Registers the sign-in's attempt counter on `app` (Redis, shared by every web process) and
 * returns the check the sign-in runs before it looks at the token: each attempt counts, right
 * or wrong, so the answer past the limit (429) says nothing about the token tried.
 */
export async function signInLimit(
  app: FastifyInstance,
  deps: Pick<WebDeps, "redisUrl" | "queuePrefix">,
): Promise<(request: FastifyRequest, reply: FastifyReply) => Promise<void>> {
  await registerAttemptLimits(app, deps, "sign-in-limit");
  const limit = attemptLimiter(app, SIGN_IN_LIMIT, (request) => `ip:${normalizeIP(request.ip)}`);
  return (request, reply) =>
    limit(
      request,
      reply,
      "Too many sign-in attempts from your network. Please wait {wait}, then sign in again with the admin token.",
    );
}
