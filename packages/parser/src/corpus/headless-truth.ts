import type { TruthArticle } from "../test-support/compose-dump.js";

/** A true headless start of a one-a-line dump, with the true story before and after it. */
export interface HeadlessTruth {
  /** Its line: the lede's. */
  startLine: number;
  /** Body paragraphs of the true story before it (its headline left out). */
  storyBefore: number;
  /** Where the story before it starts. */
  beforeStart: number;
  /** Where the next true article starts, or Infinity after the last. */
  nextStart: number;
}

/** The true headless starts of a one-a-line dump after its first article, in order. */
export function* headlessTruth(truth: readonly TruthArticle[]): Generator<HeadlessTruth> {
  for (let i = 1; i < truth.length; i++) {
    const t = truth[i];
    const before = truth[i - 1];
    if (t === undefined || before === undefined || t.headline !== null) continue;
    yield {
      startLine: t.startLine,
      storyBefore: t.startLine - before.startLine - (before.headline === null ? 0 : 1),
      beforeStart: before.startLine,
      nextStart: truth[i + 1]?.startLine ?? Number.POSITIVE_INFINITY,
    };
  }
}
