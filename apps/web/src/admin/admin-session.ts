import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** The admin sign-in cookie (signed by the app's cookie secret as well). */
export const ADMIN_COOKIE = "newsdesk_admin";

/** How long a sign-in lasts. */
export const ADMIN_SESSION_SECONDS = 12 * 3600;

/**
 * The cookie's value: when it was issued and an HMAC of that under the admin token. The token
 * itself never leaves the server, and changing `ADMIN_TOKEN` signs everyone out.
 */
export function adminSessionValue(adminToken: string, issuedAtMs: number): string {
  return `${issuedAtMs}.${mac(adminToken, issuedAtMs)}`;
}

/** True for a value `adminSessionValue` made with this token, issued in the last 12 hours. */
export function isAdminSession(
  value: string | undefined,
  adminToken: string,
  nowMs: number,
): boolean {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(value ?? "");
  if (!match) return false;
  const issuedAt = Number(match[1]);
  if (issuedAt > nowMs + 60_000 || nowMs - issuedAt > ADMIN_SESSION_SECONDS * 1000) return false;
  return tokensMatch(match[2] as string, mac(adminToken, issuedAt));
}

/** Constant-time comparison of secrets of any length (both hashed first). */
export function tokensMatch(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1];
}

function mac(adminToken: string, issuedAtMs: number): string {
  return createHmac("sha256", adminToken).update(`admin-session:${issuedAtMs}`).digest("base64url");
}
