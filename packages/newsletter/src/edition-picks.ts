import type { Edition, EditionItem, EditionSection } from "./types.js";

/**
 * An editor's choices for one period's edition: pinned articles (always in, first in their
 * section), dropped ones (never in: the caller leaves them out of the build) and the order set
 * by moving cards up and down (`positions`: 0 first; cards without one follow, by salience).
 */
export interface EditionPicks {
  pinned: ReadonlySet<number>;
  dropped: ReadonlySet<number>;
  positions: ReadonlyMap<number, number>;
}

export const NO_PICKS: EditionPicks = Object.freeze({
  pinned: new Set<number>(),
  dropped: new Set<number>(),
  positions: new Map<number, number>(),
});

/**
 * The edition with an editor's picks applied: in each section, pinned cards first (a card is
 * pinned when its article, or one folded into it, is), then cards the editor placed, in their
 * order, then the rest as the build ranked them. Dropped articles are left out of the build
 * itself (`withoutDropped`), so they are not even an "also" link; any left here go too.
 */
export function applyEditionPicks(edition: Edition, picks: EditionPicks): Edition {
  if (picks.pinned.size === 0 && picks.positions.size === 0 && picks.dropped.size === 0) {
    return edition;
  }
  const isPinned = (item: EditionItem) =>
    picks.pinned.has(item.articleId) ||
    item.also.some((other) => picks.pinned.has(other.articleId));
  const sections: EditionSection[] = edition.sections.map((section) => {
    const ranked = section.items
      .filter((item) => !picks.dropped.has(item.articleId))
      .map((item, index) => ({
        item: isPinned(item) ? { ...item, pinned: true } : item,
        pinned: isPinned(item) ? 0 : 1,
        position: picks.positions.get(item.articleId) ?? Number.POSITIVE_INFINITY,
        index,
      }));
    ranked.sort((a, b) => a.pinned - b.pinned || a.position - b.position || a.index - b.index);
    return { ...section, items: ranked.map((entry) => entry.item) };
  });
  return { ...edition, sections: sections.filter((section) => section.items.length > 0) };
}

/** The articles of a build without the ones an editor dropped. */
export function withoutDropped<T extends { id: number }>(articles: T[], picks: EditionPicks): T[] {
  return picks.dropped.size === 0 ? articles : articles.filter((a) => !picks.dropped.has(a.id));
}

/**
 * The positions that move `articleId` one place up or down among `order` (a section's card
 * ids as shown): every card down to the lower of the two swapped gets its place, so the ones
 * above keep theirs. Null when it cannot move that way (first, last, or not there).
 */
export function movedPositions(
  order: readonly number[],
  articleId: number,
  direction: "up" | "down",
): Map<number, number> | null {
  const at = order.indexOf(articleId);
  const to = direction === "up" ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= order.length) return null;
  const moved = [...order];
  [moved[at], moved[to]] = [moved[to] as number, moved[at] as number];
  return new Map(moved.slice(0, Math.max(at, to) + 1).map((id, position) => [id, position]));
}
