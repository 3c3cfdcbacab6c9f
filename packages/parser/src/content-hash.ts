import { createHash } from "node:crypto";

/**
 * A fingerprint of an article's body that survives re-typing: quotes, dashes, spaces, case
 * and Unicode forms are folded before hashing, so the same story pasted from two places matches.
 */
export function contentHash(paragraphs: readonly string[]): string {
  const hash = createHash("sha256");
  for (const paragraph of paragraphs) hash.update(`${foldForHash(paragraph)}\n`);
  return hash.digest("hex");
}

const FOLDED: Record<string, string> = {
  "‘": "'",
  "’": "'",
  "‚": "'",
  "‛": "'",
  "′": "'",
  "`": "'",
  "´": "'",
  "“": '"',
  "”": '"',
  "„": '"',
  "‟": '"',
  "″": '"',
  "«": '"',
  "»": '"',
  "‐": "-",
  "‑": "-",
  "‒": "-",
  "–": "-",
  "—": "-",
  "―": "-",
  "…": "...",
};
// Typography and whitespace that differ between copies of the same text, in one pass:
// paragraphs are trimmed and single-spaced already, so this matches little.
const FOLD = /[‘’‚‛′`´“”„‟″«»‐‑‒–—―…]|\s{2,}|[^\S ]/g;

// After the folds above, most text is ASCII and Latin-1 letters, which NFKC leaves alone.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, controls included.
const NEEDS_NFKC = /[^\u0000-\u007f\u00c0-\u00ff]/;

export function foldForHash(text: string): string {
  const folded = text.replace(FOLD, (match) => FOLDED[match] ?? " ").trim();
  // Lower case last: NFKC can turn a symbol ("𝔸") into a capital.
  return (NEEDS_NFKC.test(folded) ? folded.normalize("NFKC") : folded).toLowerCase();
}
