import {
  type Edition,
  type Segment,
  type SegmentEdition,
  selectSegment,
} from "@newsdesk/newsletter";

/**
 * An edition narrowed to a segment (its regions, and its beats within them) with every story
 * of each region, not only the email's capped few: the archive page, where each region's
 * "N more stories from Europe" link (`browserUrl#europe`) leads. Null when nothing matches.
 */
export function wholeRegions(edition: Edition, segment: Segment): SegmentEdition | null {
  return selectSegment({ ...edition, capPerRegion: Number.POSITIVE_INFINITY }, segment);
}
