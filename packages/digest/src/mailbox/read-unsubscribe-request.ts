/** An unsubscribe request by email: the id and token of the digest's mailto link. */
export interface UnsubscribeRequest {
  subscriberId: number;
  token: string;
}

// `Re:`, `Fw:`, `Fwd:` (any case, repeated, as replies and forwards stack them).
const REPLY_PREFIXES = /^(?:(?:re|fwd?)\s*:\s*)+/i;
// What `subscriberLinks` puts in the mailto subject: `unsubscribe-ID-TOKEN`, the token 22
// base64url characters (it may hold `-` itself, hence the fixed length).
const REQUEST = /^unsubscribe-(\d{1,15})-([A-Za-z0-9_-]{22})$/i;

/**
 * Reads `unsubscribe-<id>-<token>` (the subject of the mailto in every digest's
 * List-Unsubscribe) from a message's subject or, when the subject holds none, from the first
 * non-blank line of its text body, where some mail clients put it. Surrounding whitespace, a
 * `Re:` / `Fwd:` prefix and the case of the word "unsubscribe" do not matter; the token is
 * taken as written. Null when neither holds a request. Says nothing of whether the token is
 * valid: `checkLinkToken` decides that.
 */
export function readUnsubscribeRequest(message: {
  subject?: string | undefined;
  text?: string | undefined;
}): UnsubscribeRequest | null {
  const firstLine = message.text?.split(/\r?\n/).find((line) => line.trim() !== "");
  return requestIn(message.subject) ?? requestIn(firstLine);
}

function requestIn(line: string | undefined): UnsubscribeRequest | null {
  if (line === undefined) return null;
  const match = REQUEST.exec(line.trim().replace(REPLY_PREFIXES, "").trim());
  if (!match) return null;
  const subscriberId = Number(match[1]);
  const token = match[2];
  if (subscriberId < 1 || token === undefined) return null;
  return { subscriberId, token };
}
