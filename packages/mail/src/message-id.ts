import { randomBytes } from "node:crypto";
import { InvalidMessageTokenError } from "./errors.js";

/** What a token looks like: 32 lower-case hex digits (16 random bytes), or longer. */
const TOKEN = /^[0-9a-f]{32,64}$/;

/**
 * A fresh random token for one delivery (16 random bytes, hex). Store it with the delivery
 * row when the row is created and pass it to `messageIdFor` on every attempt: a retry of the
 * same delivery keeps its Message-ID, and no other install, restore or edition can ever
 * produce it again.
 */
export function newMessageToken(): string {
  return randomBytes(16).toString("hex");
}

/**
 * The Message-ID of an edition's email to a subscriber:
 * `<edition-E.subscriber-S.TOKEN@domain>`. The token (from `newMessageToken`, stored with the
 * delivery) makes the id unique forever: edition 1 to subscriber 1 of a fresh or restored
 * install gets a new id, so receivers that have seen the old one (Gmail drops a repeated id
 * silently) take the new message. The same token gives the same id, so a resend after a crash
 * is still recognisable as the same message. Ids and randomness only: no address appears in it.
 *
 * Without a token (deprecated, kept until every caller stores one) the id is the old
 * deterministic `<edition-E.subscriber-S@domain>`, which repeats across installs.
 */
export function messageIdFor(
  editionId: number,
  subscriberId: number,
  domain: string,
  token?: string,
): string {
  if (token === undefined) return `<edition-${editionId}.subscriber-${subscriberId}@${domain}>`;
  if (!TOKEN.test(token)) throw new InvalidMessageTokenError(token);
  return `<edition-${editionId}.subscriber-${subscriberId}.${token}@${domain}>`;
}

/** A file name for a Message-ID: the id without its angle brackets, safe characters only. */
export function messageFileName(messageId: string): string {
  const bare = messageId.replace(/^<|>$/g, "");
  const safe = bare.replace(/[^A-Za-z0-9.@_-]/g, "_");
  if (safe.length === 0 || safe.startsWith(".")) return `_${safe}.eml`;
  return `${safe}.eml`;
}
