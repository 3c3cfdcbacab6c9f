import { describe, expect, it } from "vitest";
import { FeatureTable } from "./text-features.js";
import { afterHoldsTogether } from "./window-cohesion.js";

// Paragraphs written for this test: a story on a ferry timetable, then one on a bakery.
const FERRY = [
  "The ferry company serving Nordholm will cut its winter crossings to four a day from January, its director said on Thursday.",
  "Islanders who commute to the mainland say the earliest ferry is the one they cannot lose, and it is among those cut.",
  "The director, Sanna Vik, said the company loses money on every winter crossing and the county has not raised its grant.",
  "The county council will discuss the ferry grant at its meeting next month, a spokesman said.",
];
const BAKERY = [
  "A bakery in the old quarter of Lindau has reopened after a fire gutted its kitchen last spring.",
  "The owners, Jonas and Mia Berg, rebuilt the bakery's ovens with money raised by customers and neighbours.",
  "The Bergs said the first loaves sold out within an hour of the bakery opening its doors on Saturday.",
];

function lean(texts: readonly string[], start: number, g: number): number {
  return afterHoldsTogether(
    new FeatureTable(texts),
    texts.map((_, i) => i),
    start,
    g,
  );
}

describe("how the paragraphs after a gap hold together", () => {
  it("leans to the window after at a new story's start, not inside a story", () => {
    const atStart = lean([...FERRY, ...BAKERY], 0, FERRY.length);
    const inside = lean([...FERRY, ...BAKERY], 0, 2);
    expect(atStart).toBeGreaterThan(0.5);
    expect(atStart).toBeGreaterThan(inside);
  });

  it("lies in [0, 1], and is 0.5 where the window after has a single paragraph", () => {
    const texts = [...FERRY, ...BAKERY];
    for (let g = 1; g < texts.length; g++) {
      expect(lean(texts, 0, g)).toBeGreaterThanOrEqual(0);
      expect(lean(texts, 0, g)).toBeLessThanOrEqual(1);
    }
    expect(lean(texts, 0, texts.length - 1)).toBe(0.5);
  });

  it("reads nothing before the article's start, and no more than three paragraphs after the gap", () => {
    const alone = lean([...FERRY, ...BAKERY], 0, FERRY.length);
    const shifted = lean(
      ["A paragraph on the bakery's ovens in Lindau.", ...FERRY, ...BAKERY],
      1,
      1 + FERRY.length,
    );
    const longer = lean([...FERRY, ...BAKERY, ...FERRY], 0, FERRY.length);
    expect(shifted).toEqual(alone);
    expect(longer).toEqual(alone);
  });

  it("does not grow with the length of the article before the gap", () => {
    const short = lean([...FERRY, ...BAKERY], 0, FERRY.length);
    const long = lean([...FERRY, ...FERRY, ...FERRY, ...BAKERY], 0, 3 * FERRY.length);
    expect(long).toEqual(short);
  });
});
