import { describe, expect, it } from "vitest";
import type { TruthArticle } from "../test-support/compose-dump.js";
import { headlessTruth } from "./headless-truth.js";

const article = (startLine: number, headline: string | null): TruthArticle => ({
  id: `a${startLine}`,
  startLine,
  endLine: startLine,
  headline,
  dek: null,
  contributors: [],
});

describe("the true headless starts of a one-a-line dump", () => {
  it("gives each with the body paragraphs of the story before it, its headline left out", () => {
    const truth = [article(1, "First"), article(5, null), article(8, "Third"), article(12, null)];
    expect([...headlessTruth(truth)]).toEqual([
      { startLine: 5, storyBefore: 3, beforeStart: 1, nextStart: 8 },
      { startLine: 12, storyBefore: 3, beforeStart: 8, nextStart: Number.POSITIVE_INFINITY },
    ]);
  });
});
