/**
 * The Message-ID of an edition's email to a subscriber: the same pair always gives the same
 * id, so a resend after a crash is recognisable as the same message (receivers and the outbox
 * deduplicate on it). Ids only: no address appears in it.
 */
export function messageIdFor(editionId: number, subscriberId: number, domain: string): string {
  return `<edition-${editionId}.subscriber-${subscriberId}@${domain}>`;
}

/** A file name for a Message-ID: the id without its angle brackets, safe characters only. */
export function messageFileName(messageId: string): string {
  const bare = messageId.replace(/^<|>$/g, "");
  const safe = bare.replace(/[^A-Za-z0-9.@_-]/g, "_");
  if (safe.length === 0 || safe.startsWith(".")) return `_${safe}.eml`;
  return `${safe}.eml`;
}
