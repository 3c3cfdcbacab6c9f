/**
 * A run of short stories, told from the text of the window being decoded rather than from the
 * corpus's article lengths: wire briefs and broadcast stories pasted one after another leave
 * many gaps the evidence gives fair odds, a few paragraphs apart, where a whole article's stand
 * a story's length apart. The boundaries the window's gaps promise (the sum of their
 * probabilities) give its articles' expected length; where it is `length` or less, the
 * decoder's prior, learned on whole articles, asks too much of a gap (segment-decoder.ts):
 * there a cut is `bonus` nats cheaper, a short story's weak end pays no `ShortEnd` penalty and
 * a story may be as short as `fewest`.
 */
export interface BriefsRun {
  /** Expected body paragraphs an article, at or under which the window is a run of briefs. */
  length: number;
  /** Fewest boundaries the gaps must promise: a window's last short article alone is no run. */
  boundaries: number;
  /** Nats added to each cut in such a window. */
  bonus: number;
  /** Fewest body paragraphs of a story that ends at such a cut (briefs run two to five). */
  fewest: number;
}

/**
 * Whether the window from `origin` to `end` is a run of short stories: its span over one more
 * than the boundaries its gaps' calibrated log-odds promise. Only the window's own gaps are
 * read, so a start still depends only on what the chained decoding reads.
 */
export function isBriefsRun(
  origin: number,
  end: number,
  logOdds: readonly number[],
  run: BriefsRun,
): boolean {
  let promised = 0;
  for (const odds of logOdds) promised += 1 / (1 + Math.exp(-odds));
  return promised >= run.boundaries && (end - origin) / (promised + 1) <= run.length;
}
