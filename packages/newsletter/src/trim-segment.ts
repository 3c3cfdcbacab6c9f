import { compareItems } from "./compare-items.js";
import type { SegmentEdition, SegmentSection } from "./types.js";

/**
 * A segment's edition cut to its `keep` most salient cards (at least one), for an email that
 * would pass Gmail's clipping size. Sections keep their order; each counts the cards it lost
 * in `more`, so its "N more" link still adds up; a section left empty is dropped.
 */
export function trimSegment(edition: SegmentEdition, keep: number): SegmentEdition {
  // Pinned cards are the editor's: they go last of all.
  const kept = new Set(
    edition.sections
      .flatMap((section) => section.items)
      .sort((a, b) => Number(b.pinned ?? false) - Number(a.pinned ?? false) || compareItems(a, b))
      .slice(0, Math.max(1, keep))
      .map((item) => item.articleId),
  );
  const sections: SegmentSection[] = [];
  for (const section of edition.sections) {
    const items = section.items.filter((item) => kept.has(item.articleId));
    if (items.length === 0) continue;
    sections.push({ ...section, items, more: section.more + section.items.length - items.length });
  }
  return {
    ...edition,
    topStories: edition.topStories.filter((item) => kept.has(item.articleId)),
    sections,
  };
}

/** Cards in a segment's edition. */
export function cardCount(edition: SegmentEdition): number {
  return edition.sections.reduce((total, section) => total + section.items.length, 0);
}
