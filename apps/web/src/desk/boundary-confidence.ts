/**
 * Below this start confidence the desk marks a boundary "low confidence" and counts it in the
 * dump list: the one place the threshold is set. At 0.6 the parser's less certain guesses
 * (a gap between paragraphs read as a new story, a headline-shaped line taken for a headline)
 * stand out while its sure ones do not crowd the page.
 */
export const LOW_BOUNDARY_CONFIDENCE = 0.6;

/** How the dump's page shows where an article starts; null when there is nothing to say. */
export interface BoundaryView {
  /** "91 %": floored, so a boundary marked low never reads as the threshold itself. */
  percent: string;
  low: boolean;
}

/**
 * The parser's confidence that an article starts where it does, for the desk: null for a
 * dump's first article, a hard separator, an older dump and a part an editor split off (the
 * store keeps no confidence for them).
 */
export function boundaryView(startConfidence: number | null): BoundaryView | null {
  if (startConfidence === null || !Number.isFinite(startConfidence)) return null;
  return {
    percent: `${Math.floor(startConfidence * 100)} %`,
    low: isLowConfidence(startConfidence),
  };
}

/** Whether the desk marks this start confidence low. */
export function isLowConfidence(startConfidence: number | null): boolean {
  return startConfidence !== null && startConfidence < LOW_BOUNDARY_CONFIDENCE;
}

/** The dump page's note on its low-confidence cuts; null when it has none. */
export function lowConfidenceNote(count: number): string | null {
  if (count === 0) return null;
  const below = `${Math.round(LOW_BOUNDARY_CONFIDENCE * 100)} %`;
  return count === 1
    ? `1 cut the parser was unsure of (below ${below}) is marked “low-confidence cut”: check it first.`
    : `${count} cuts the parser was unsure of (below ${below}) are marked “low-confidence cut”: check them first.`;
}
