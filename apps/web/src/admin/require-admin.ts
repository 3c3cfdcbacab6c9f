import type { FastifyReply, FastifyRequest } from "fastify";
import { ADMIN_COOKIE, bearerToken, isAdminSession, tokensMatch } from "./admin-session.js";

/** Whether a request carries the admin token (as a bearer token) or a signed-in cookie. */
export function isAdmin(request: FastifyRequest, adminToken: string): boolean {
  const bearer = bearerToken(request.headers.authorization);
  if (bearer !== undefined) return tokensMatch(bearer, adminToken);
  const cookie = request.cookies[ADMIN_COOKIE];
  if (!cookie) return false;
  const unsigned = request.unsignCookie(cookie);
  return unsigned.valid && isAdminSession(unsigned.value ?? undefined, adminToken, Date.now());
}

/**
 * A hook that lets only the admin through: people (a browser asking for a page) get the
 * sign-in page, which brings them back here; API callers and scrapers get 401 naming the
 * header to send.
 */
export function requireAdmin(adminToken: string, options: { api?: boolean } = {}) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (isAdmin(request, adminToken)) return;
    if (options.api || request.url.startsWith("/api/") || !wantsPage(request)) {
      return reply.code(401).header("www-authenticate", 'Bearer realm="newsdesk"').send({
        error:
          "send the admin token as `Authorization: Bearer <token>` (ADMIN_TOKEN, or the file admin-token in DATA_DIR)",
        status: 401,
      });
    }
    return reply.redirect(`/admin?next=${encodeURIComponent(request.url)}`, 303);
  };
}

/** Browsers name text/html in Accept when they open a page or a frame; clients of data do not. */
function wantsPage(request: FastifyRequest): boolean {
  return (request.headers.accept ?? "").includes("text/html");
}
