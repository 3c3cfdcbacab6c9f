import { alsoLinks } from "./also-links.js";
import { DEFAULT_ALSO_PER_CARD } from "./build-edition.js";
import { compareItems } from "./compare-items.js";
import type { Edition, EditionItem, Segment, SegmentEdition, SegmentSection } from "./types.js";

/**
 * Narrows an edition to a segment: its regions (all when empty), and in them the items with
 * one of its beats (all when empty), capped per region (each section says how many more it
 * has); the top stories are the most salient of what is left. Null when the segment has
 * nothing: that reader gets no email this time.
 */
export function selectSegment(edition: Edition, segment: Segment): SegmentEdition | null {
  const regions = new Set(segment.regions);
  const beats = new Set(segment.beats);
  const alsoPerCard = edition.alsoPerCard ?? DEFAULT_ALSO_PER_CARD;
  const sections: SegmentSection[] = [];
  for (const section of edition.sections) {
    if (regions.size > 0 && !regions.has(section.region)) continue;
    const matching = section.items.filter(
      (item) => beats.size === 0 || item.beats.some((beat) => beats.has(beat)),
    );
    // Pinned cards come first and are always in, past the cap if an editor pinned more.
    const shown = Math.max(edition.capPerRegion, matching.filter((item) => item.pinned).length);
    const items = matching.slice(0, shown).map((item) => capAlso(item, alsoPerCard));
    if (items.length > 0) {
      sections.push({
        ...section,
        items,
        cap: edition.capPerRegion,
        more: matching.length - items.length,
      });
    }
  }
  if (sections.length === 0) return null;
  const topStories = sections
    .flatMap((section) => section.items)
    .sort(compareItems)
    .slice(0, edition.topStories);
  return {
    frequency: edition.frequency,
    periodStart: edition.periodStart,
    periodEnd: edition.periodEnd,
    segment: normalizeSegment(segment),
    topStories,
    sections,
  };
}

/**
 * An edition stored before the cap on "also" links may carry hundreds, some repeating the
 * card's headline: capped and filtered here too (a no-op on a newer edition's links).
 */
function capAlso(item: EditionItem, cap: number): EditionItem {
  const also = alsoLinks(item.headline, item.also, cap);
  if (also.length === item.also.length) return item;
  return { ...item, also, alsoMore: (item.alsoMore ?? 0) + item.also.length - also.length };
}

/** A segment with its lists sorted and without repeats: equal choices give equal segments. */
export function normalizeSegment(segment: Segment): Segment {
  return {
    regions: [...new Set(segment.regions)].sort(),
    beats: [...new Set(segment.beats)].sort(),
  };
}

/**
 * A stable key for a segment (`regions=africa,europe;beats=health`): subscribers with the
 * same key share one rendered template.
 */
export function segmentKey(segment: Segment): string {
  const { regions, beats } = normalizeSegment(segment);
  return `regions=${regions.join(",")};beats=${beats.join(",")}`;
}
