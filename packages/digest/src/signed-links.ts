import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** A subscriber's personal links, signed so that nobody can unsubscribe someone else. */
export interface SubscriberLinks {
  unsubscribeUrl: string;
  unsubscribeMailto: string;
  preferencesUrl: string;
}

/** HMAC-SHA256 of `purpose:subscriberId`, base64url, 22 characters (128 bits). */
export function linkToken(secret: string, purpose: string, subscriberId: number): string {
  return createHmac("sha256", secret)
    .update(`${purpose}:${subscriberId}`)
    .digest("base64url")
    .slice(0, 22);
}

/**
 * Checks an unsubscribe or preferences token (see `linkToken`) in constant time. The web pages
 * and the unsubscribe mailbox both verify through it.
 */
export function checkLinkToken(
  secret: string,
  purpose: "unsubscribe" | "preferences",
  subscriberId: number,
  token: string,
): boolean {
  return sameToken(token, linkToken(secret, purpose, subscriberId));
}

/** Compares a token from outside with the expected one in constant time. */
export function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The unsubscribe (https for one-click POST, and mailto) and preferences links of a subscriber.
 * Ids and tokens only: no address in any link.
 */
export function subscriberLinks(
  options: { secret: string; publicUrl: string; mailDomain: string },
  subscriberId: number,
): SubscriberLinks {
  const base = options.publicUrl.replace(/\/+$/, "");
  const unsubscribe = linkToken(options.secret, "unsubscribe", subscriberId);
  const preferences = linkToken(options.secret, "preferences", subscriberId);
  return {
    unsubscribeUrl: `${base}/unsubscribe?s=${subscriberId}&t=${unsubscribe}`,
    unsubscribeMailto: `mailto:unsubscribe@${options.mailDomain}?subject=unsubscribe-${subscriberId}-${unsubscribe}`,
    preferencesUrl: `${base}/preferences?s=${subscriberId}&t=${preferences}`,
  };
}

/**
 * `configured` (from the env), or the secret generated into `$DATA_DIR/<fileName>` on first use
 * and kept for later runs: `secret` signs links, `admin-token` unlocks the admin pages.
 */
export async function loadSecret(
  configured: string | undefined,
  dataDir: string,
  fileName = "secret",
): Promise<string> {
  if (configured) return configured;
  const file = join(dataDir, fileName);
  try {
    return (await readFile(file, "utf8")).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    await writeFile(file, `${secret}\n`, { flag: "wx", mode: 0o600 });
    return secret;
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return (await readFile(file, "utf8")).trim();
  }
}

/** The domain of a From address (`Newsdesk <digest@news.example.org>` -> `news.example.org`). */
export function mailDomainOf(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return (match?.[1] ?? "newsdesk.localhost").toLowerCase();
}
