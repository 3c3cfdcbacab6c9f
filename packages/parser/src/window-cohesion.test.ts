import { describe, expect, it } from "vitest";
import { FeatureTable } from "./text-features.js";
import { TopicContext, type TopicFeatures } from "./topic-features.js";

// Paragraphs written for this test: a long story on a mountain railway, then one on a library.
const RAILWAY = [
  "The mountain railway above Tennfjell will run again in June after two summers closed for repairs, its operator said.",
  "Engineers have replaced the rack rail on the steepest section, where the line climbs four hundred metres in two kilometres.",
  "The railway's three carriages, built in 1912, were taken down the valley by lorry to be restored in a workshop in Brekke.",
  "Hotel owners at the summit station say bookings fell by half while the trains were not running.",
  "The operator, Fjellbanen, expects about sixty thousand passengers in the first season after the repairs.",
  "Tickets will cost the same as before the closure, the operator said, though a family fare has been added.",
  "The first train of the season will leave the valley station at nine in the morning on the first Saturday in June.",
  "Walkers will again be able to ride up and walk down the old mule path to the valley.",
];
const LIBRARY = [
  "The town library in Osterby has begun lending tools, from drills to ladders, to anyone with a library card.",
  "Librarians said the idea came from borrowers who asked where they could find a drill for a single afternoon.",
  "Neighbours and a hardware shop gave most of the tools; the library keeps a waiting list for the lawnmower.",
];

function measure(texts: readonly string[], start: number, g: number): TopicFeatures {
  const table = new FeatureTable(texts);
  const context = new TopicContext(table);
  context.reset(texts.map((_, i) => i));
  const features = {} as TopicFeatures;
  context.measure(start, g, features);
  return features;
}

describe("the window after a gap leaning away from the article before", () => {
  it("is measured only where the article before has gaps of its own to compare with", () => {
    const short = measure([...RAILWAY.slice(0, 4), ...LIBRARY], 0, 4);
    expect(short.afterTopicHolds).toBe(0);
    expect(short.afterTopicRunsOn).toBe(0);
  });

  it("lies in [0, 1], one side at a time, and reads nothing before the article's start or past the window", () => {
    const alone = measure([...RAILWAY, ...LIBRARY], 0, RAILWAY.length);
    const shifted = measure(
      ["A paragraph on the price of grain.", ...RAILWAY, ...LIBRARY, ...RAILWAY],
      1,
      1 + RAILWAY.length,
    );
    expect(shifted).toEqual(alone);
    for (const value of [alone.afterTopicHolds, alone.afterTopicRunsOn]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(alone.afterTopicHolds * alone.afterTopicRunsOn).toBe(0);
  });
});
