import { createHash, randomBytes } from "node:crypto";

/** A named account's sign-in: the cookie holds `u.<random>`, the store its SHA-256 only. */
const USER_SESSION_PREFIX = "u.";

/** A new session's cookie value and the id the store keeps for it. */
export function newUserSession(): { cookieValue: string; id: string } {
  const cookieValue = `${USER_SESSION_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { cookieValue, id: userSessionId(cookieValue) as string };
}

/**
 * The stored id of a named account's session cookie, undefined for anything else (the admin
 * token's own sign-in cookie, `admin-session.ts`).
 */
export function userSessionId(cookieValue: string | undefined): string | undefined {
  if (!cookieValue || !/^u\.[A-Za-z0-9_-]{43}$/.test(cookieValue)) return undefined;
  return createHash("sha256").update(cookieValue).digest("hex");
}
