/**
 * An email address as the rate limits count it: lower case, without a `+tag` in its local
 * part, so `Ana+1@Example.org`, `ana+2@example.org` and `ana@example.org` are one mailbox
 * and share one allowance. For counting only: mail always goes to the address as typed.
 */
export function rateLimitAddress(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at === -1) return address;
  const local = address.slice(0, at);
  const plus = local.indexOf("+");
  // A local part that starts with "+" has no mailbox name before the tag: kept whole.
  return plus > 0 ? `${local.slice(0, plus)}${address.slice(at)}` : address;
}
