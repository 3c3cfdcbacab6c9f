import type { RelatedArticle } from "./types.js";

/**
 * The folded reports a card links to: in the order given (most salient first), at most `cap`,
 * skipping any whose headline reads the same as the card's or an earlier link's (a link that
 * repeats the headline above it looks like a mistake and tells the reader nothing).
 */
export function alsoLinks(
  headline: string,
  others: readonly RelatedArticle[],
  cap: number,
): RelatedArticle[] {
  const seen = new Set([headlineKey(headline)]);
  const links: RelatedArticle[] = [];
  for (const other of others) {
    if (links.length >= cap) break;
    const key = headlineKey(other.headline);
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(other);
  }
  return links;
}

/** A headline's words, lower-cased, without punctuation: equal keys read the same. */
function headlineKey(headline: string): string {
  return (headline.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}
