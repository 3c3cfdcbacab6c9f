import { createHash } from "node:crypto";

/**
 * A fingerprint of an article's body that survives re-typing: quotes, dashes, spaces, case and
 * Unicode forms are folded before hashing, so the same story pasted from two places matches.
 */
export function contentHash(paragraphs: readonly string[]): string {
  const hash = createHash("sha256");
  for (const paragraph of paragraphs) hash.update(`${foldForHash(paragraph)}\n`);
  return hash.digest("hex");
}

export function foldForHash(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/…/g, "...")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
