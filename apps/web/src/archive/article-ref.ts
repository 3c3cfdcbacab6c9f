import { createHmac, timingSafeEqual } from "node:crypto";

/** Characters of the HMAC kept in a reference: 96 bits, beyond guessing. */
const MAC_LENGTH = 16;

const REF = /^([1-9]\d{0,15})-([A-Za-z0-9_-]{16})$/;

/**
 * How public pages address an article: its id and an HMAC of it under the app's secret
 * (`12-Qm9vK3d1x0aZ7rTq`), so the archive's links cannot be counted up to reach articles
 * the archive does not show.
 */
export function articleRef(secret: string, articleId: number): string {
  return `${articleId}-${mac(secret, articleId)}`;
}

/** The article id of a reference `articleRef` made with this secret; undefined otherwise. */
export function parseArticleRef(secret: string, ref: unknown): number | undefined {
  const match = typeof ref === "string" ? REF.exec(ref) : null;
  if (!match) return undefined;
  const id = Number(match[1]);
  if (!Number.isSafeInteger(id)) return undefined;
  const given = Buffer.from(match[2] as string);
  const expected = Buffer.from(mac(secret, id));
  return timingSafeEqual(given, expected) ? id : undefined;
}

function mac(secret: string, articleId: number): string {
  return createHmac("sha256", secret)
    .update(`article:${articleId}`)
    .digest("base64url")
    .slice(0, MAC_LENGTH);
}
