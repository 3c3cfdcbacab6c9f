import { describe, expect, it } from "vitest";
import { HEAD_SIBLING_NAMES, headSiblings } from "./head-siblings.js";
import { FeatureTable } from "./text-features.js";

// Written for this test: a roundup of three council decisions, each a titled item with a short
// body, under an article's opening paragraphs.
const ROUNDUP = [
  "Council Settles Three Disputes Before Summer Break",
  "The town council of Vellmar cleared its agenda on Thursday night, settling three disputes that had stalled planning for most of the spring.",
  "Here is what the councillors decided before they adjourned:",
  "Market Square Keeps Its Saturday Stalls",
  "Traders will keep their pitches on the square after the council rejected a plan to move the market to the car park by the station.",
  "Cycle Lane on Mill Road Goes Ahead",
  "Work on the lane will begin in August, once the water board has finished replacing the mains under the road.",
  "The council will review the lane after a year of use.",
  "Library Hours Extended on Weekdays",
  "The library will stay open until eight in the evening from September, paid for by savings on the heating of the town hall.",
];

function siblingsAt(texts: readonly string[], first: number, h: number) {
  const table = new FeatureTable(texts);
  return headSiblings(table, first, h, h + 1);
}

describe("a headline-like line among its siblings", () => {
  it("sees a roundup's item between other items, after a line that announces them", () => {
    const middle = siblingsAt(ROUNDUP, 0, 5);
    expect(middle.siblingAbove).toBe(1);
    expect(middle.siblingBelow).toBe(1);
    expect(middle.siblings).toBe(1);
    expect(middle.shortRun).toBe(1);
    expect(middle.parallel).toBe(1);
    const firstItem = siblingsAt(ROUNDUP, 0, 3);
    expect(firstItem.colonAbove).toBe(1);
  });

  it("reads nothing before the article's start", () => {
    const fromItem = siblingsAt(ROUNDUP, 3, 3);
    expect(fromItem.siblingAbove).toBe(0);
    expect(fromItem.parallel).toBe(0);
    expect(fromItem.farFromStart).toBe(0);
  });

  it("sees a headline over a long run of text as alone", () => {
    const body = Array.from(
      { length: 8 },
      (_, i) =>
        `Paragraph ${i + 1} of the story goes on about the harbour works and the crews who build them through the winter.`,
    );
    const texts = [...body, "Harbour Wall Finished Ahead of Storms", ...body];
    const alone = siblingsAt(texts, 0, 8);
    expect(alone.siblingAbove).toBe(0);
    expect(alone.siblingBelow).toBe(0);
    expect(alone.shortRun).toBe(0);
    expect(alone.runLength).toBe(1);
    for (const name of HEAD_SIBLING_NAMES) {
      expect(alone[name]).toBeGreaterThanOrEqual(0);
      expect(alone[name]).toBeLessThanOrEqual(1);
    }
  });

  it("knows a numbered item", () => {
    const texts = [
      "Intro paragraph that says a list follows, with enough words to be text.",
      "3. Bring Water",
    ];
    expect(siblingsAt([...texts, "Some text under it."], 0, 1).numbered).toBe(1);
  });
});
