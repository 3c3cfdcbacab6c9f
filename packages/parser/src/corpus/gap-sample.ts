/** One gap's evidence, in GAP_FEATURE_NAMES order, and 1 where an article truly starts there. */
export interface GapSample {
  x: number[];
  y: number;
}
