import type { EditionItem } from "./types.js";

/** Most salient first; then newest; then lowest id, so the order is stable. */
export function compareItems(a: EditionItem, b: EditionItem): number {
  return (
    b.salience - a.salience ||
    b.publishedAt.getTime() - a.publishedAt.getTime() ||
    a.articleId - b.articleId
  );
}
