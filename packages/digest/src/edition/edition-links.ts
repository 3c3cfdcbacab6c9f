import { normalizeSegment, type Segment } from "@newsdesk/newsletter";

/**
 * A segment as query parameters (`regions=europe,africa&beats=politics`), empty for everyone:
 * what `/archive/:edition` and `/preview` read back to show the same choices.
 */
export function segmentSearch(segment: Segment): string {
  const { regions, beats } = normalizeSegment(segment);
  const params = new URLSearchParams();
  if (regions.length > 0) params.set("regions", regions.join(","));
  if (beats.length > 0) params.set("beats", beats.join(","));
  // Commas are safe in a query and easier to read in an email's link than %2C.
  return params.toString().replaceAll("%2C", ",");
}

/** The edition as a web page, narrowed to a subscriber's segment: the "view in browser" link. */
export function editionBrowserUrl(publicUrl: string, editionId: number, segment: Segment): string {
  const search = segmentSearch(segment);
  return `${publicUrl.replace(/\/+$/, "")}/archive/${editionId}${search ? `?${search}` : ""}`;
}
