import { describe, expect, it } from "vitest";
import { START_KINDS } from "./article-span.js";
import { splitLines } from "./lines.js";
import { parseTextLines } from "./parse-text.js";
import { startConfidence } from "./start-confidence.js";

// Fictional articles written for these tests.
const RAIL = [
  "Mountain Rail Line Reopens After Spring Floods",
  "Trains returned to the mountain line between Granvik and Holt on Sunday, three weeks after floodwater washed away a long stretch of track near the Sella river.",
  "The regional rail operator said crews had worked through the nights to lay new ballast and rebuild two culverts.",
];
const LIBRARY = [
  "Vessby Opens Its New Library in an Old Grain Store",
  "Vessby's new library opened on Saturday, and Mayor Ilse Maren cut the ribbon in front of a queue that reached the river.",
  "The building holds 80,000 books and a children's floor with a reading garden on the roof.",
];

const parse = (lines: string[]) => parseTextLines(splitLines(lines.join("\n"))).articles;

describe("startConfidence", () => {
  it("is a probability, rounded to two decimals, for every kind of start", () => {
    for (const kind of START_KINDS) {
      for (const score of [-8, -1, 0, 1, 8]) {
        const p = startConfidence({ kind, score });
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(Math.round(p * 100) / 100).toBe(p);
      }
    }
  });

  it("grows with the model's score where a model judged the start", () => {
    const calibration = {
      headline: { scale: 1, offset: 0 },
      "headline-rule": { scale: 0, offset: 2 },
      byline: { scale: 0, offset: -2 },
      dateline: { scale: 0, offset: 0 },
      gap: { scale: 0.8, offset: 0.5 },
    };
    expect(startConfidence({ kind: "gap", score: 2 }, calibration)).toBeGreaterThan(
      startConfidence({ kind: "gap", score: -1 }, calibration),
    );
    expect(startConfidence({ kind: "headline", score: 0 }, calibration)).toBe(0.5);
    expect(startConfidence({ kind: "headline-rule", score: 0 }, calibration)).toBe(0.88);
  });
});

describe("articles' startConfidence", () => {
  it("is given to an article begun inside a run of text, not to the dump's first", () => {
    const [first, second] = parse([...RAIL, ...LIBRARY]);
    expect(first?.startConfidence).toBeUndefined();
    expect(second?.startLine).toBe(4);
    expect(second?.startConfidence).toBeGreaterThan(0);
    expect(second?.startConfidence).toBeLessThanOrEqual(1);
  });

  it("is left out after a separator, where nothing was judged", () => {
    const articles = parse([...RAIL, "* * *", ...LIBRARY]);
    expect(articles).toHaveLength(2);
    expect(articles.map((a) => a.startConfidence)).toEqual([undefined, undefined]);
  });
});
