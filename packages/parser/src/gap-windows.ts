/** Paragraphs on each side that a gap is judged by. */
export const RIGHT_WINDOW = 4;
export const LEFT_WINDOW = 25;
export const RECENT_WINDOW = 8;
/**
 * Paragraphs on each side of a gap that the window comparisons read (window-cohesion.ts,
 * vocabulary-divergence.ts): a few, however long the article before, and inside RIGHT_WINDOW.
 */
export const COMPARED_WINDOW = 3;
/**
 * Body paragraphs from a gap on that the whole articles' decoder's beat windows read
 * (decoded-starts.ts, longBeatBonus): the would-be lede and those under it, then the ones after.
 */
export const LONG_BEAT_NEAR = 5;
export const LONG_BEAT_FAR = 7;
