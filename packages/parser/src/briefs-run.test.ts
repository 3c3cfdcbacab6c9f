import { describe, expect, it } from "vitest";
import { inBriefsRun } from "./briefs-run.js";
import { BRIEFS_REACH } from "./segment-tuning.js";
import type { ParagraphFeatures, ParagraphKind } from "./text-features.js";

const briefs = { paragraphs: 6, margin: 1, next: 10 };

/** Paragraph features of the given kinds, the rest as plain prose. */
function paragraphs(kinds: readonly ParagraphKind[]): ParagraphFeatures[] {
  return kinds.map((kind) => ({
    kind,
    words: 20,
    headlineLike: false,
    dateline: null,
    continuationOpening: false,
    allCaps: false,
  }));
}

const text = (n: number): ParagraphKind[] => Array.from({ length: n }, () => "text");

describe("inBriefsRun", () => {
  // Paragraphs 0-4: a story of five; 5-8: the next explicit start's story of four; 9: a start.
  const features = paragraphs(text(10));

  it("takes a short story followed by another short one for a run of briefs", () => {
    expect(inBriefsRun(briefs, features, 5, 3, 5, 9)).toBe(true);
  });

  it("does not where the story the gap divides is long", () => {
    expect(inBriefsRun(briefs, features, 7, 3, 5, 9)).toBe(false);
  });

  it("does not where the story after the next start is long", () => {
    const long = paragraphs(text(20));
    expect(inBriefsRun(briefs, long, 5, 3, 5, 19)).toBe(false);
  });

  it("does not where no explicit start follows the gap's stretch", () => {
    expect(inBriefsRun(briefs, features, 5, 3, 5, -1)).toBe(false);
  });

  it("counts only body paragraphs, but reads no further than BRIEFS_REACH", () => {
    // The next story: four paragraphs of prose among four debris lines, a brief.
    const withDebris = paragraphs([
      ...text(5),
      ...Array.from({ length: 8 }, (_, i): ParagraphKind => (i % 2 ? "text" : "boilerplate")),
    ]);
    expect(inBriefsRun(briefs, withDebris, 5, 3, 5, 13)).toBe(true);
    const far = paragraphs(text(5 + BRIEFS_REACH));
    expect(inBriefsRun({ ...briefs, next: 100 }, far, 5, 3, 5, 4 + BRIEFS_REACH)).toBe(false);
  });
});
