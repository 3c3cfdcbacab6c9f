import { describe, expect, it } from "vitest";
import { FeatureTable } from "./text-features.js";
import { GAP_TOPIC_FEATURE_NAMES, TopicContext, type TopicFeatures } from "./topic-features.js";

// Paragraphs written for this test: a story on a harbour, then one on a school choir.
const HARBOUR = [
  "The harbour authority in Skarvik said on Monday that the new breakwater would be finished before the autumn storms.",
  "Fishing crews have waited four years for the wall, which will shelter the inner basin where most of the boats are moored.",
  "The harbour master, Lene Ostby, said waves had torn three boats from their moorings last winter.",
  "Contractors have sunk the last of the concrete caissons and are now laying the rock armour along the outer face.",
  "The project has cost more than planned because the seabed proved softer than the first survey suggested.",
  "Crews will keep working at night when the tide allows, the authority said.",
  "Boat owners say the wall has already made the basin calmer during the spring gales.",
];
const CHOIR = [
  "A school choir from Holt has won the national youth singing contest with a programme of folk songs arranged by its pupils.",
  "The twenty-eight singers, aged twelve to sixteen, rehearsed twice a week after lessons for most of the year.",
  "Their teacher said the pupils had chosen the songs themselves from recordings in the town library.",
];

function measure(
  texts: readonly string[],
  start: number,
  g: number,
  readsShortStories = true,
): TopicFeatures {
  const table = new FeatureTable(texts);
  const context = new TopicContext(table);
  context.readsShortStories = readsShortStories;
  context.reset(texts.map((_, i) => i));
  const features = {} as TopicFeatures;
  context.measure(start, g, features);
  return features;
}

describe("topic evidence at a gap", () => {
  it("is none in an article too short to compare the gap with its own similarities", () => {
    const features = measure([...HARBOUR.slice(0, 4), ...CHOIR], 0, 4);
    const shortStory = ["shortStoryHolds", "shortStoryRunsOn"];
    for (const name of GAP_TOPIC_FEATURE_NAMES)
      if (!shortStory.includes(name)) expect(features[name]).toBe(0);
  });

  it("reads there how a short story and what follows hold apart, and not after a long one", () => {
    const after = measure([...HARBOUR.slice(0, 4), ...CHOIR], 0, 4);
    const within = measure(HARBOUR, 0, 4);
    expect(after.shortStoryHolds).toBeGreaterThan(0);
    expect(after.shortStoryRunsOn).toBe(0);
    expect(within.shortStoryHolds).toBeLessThan(after.shortStoryHolds);
    const long = measure([...HARBOUR, ...HARBOUR.slice(0, 1), ...CHOIR], 0, HARBOUR.length + 1);
    expect(long.shortStoryHolds + long.shortStoryRunsOn).toBe(0);
  });

  it("reads no short story's lean across a question: an interview's turn", () => {
    const asked = "Will the wall be finished before the storms?";
    const before = measure([...HARBOUR.slice(0, 3), asked, ...CHOIR], 0, 4);
    const after = measure([...HARBOUR.slice(0, 4), asked, ...CHOIR], 0, 4);
    for (const features of [before, after])
      expect(features.shortStoryHolds + features.shortStoryRunsOn).toBe(0);
  });

  it("reads no short story's lean outside a dump of short stories", () => {
    const features = measure([...HARBOUR.slice(0, 4), ...CHOIR], 0, 4, false);
    for (const name of GAP_TOPIC_FEATURE_NAMES) expect(features[name]).toBe(0);
  });

  it("lies in [0, 1] and reads nothing before the article's start", () => {
    const whole = measure(
      ["An unrelated paragraph on the price of grain at the market.", ...HARBOUR, ...CHOIR],
      1,
      1 + HARBOUR.length,
    );
    const alone = measure([...HARBOUR, ...CHOIR], 0, HARBOUR.length);
    expect(whole).toEqual(alone);
    expect(alone.topicMeasured).toBe(1);
    for (const name of GAP_TOPIC_FEATURE_NAMES) {
      expect(alone[name]).toBeGreaterThanOrEqual(0);
      expect(alone[name]).toBeLessThanOrEqual(1);
    }
  });

  it("reads no further right than the paragraphs the gap's right window holds", () => {
    const cut = measure([...HARBOUR, ...CHOIR], 0, HARBOUR.length);
    const longer = measure([...HARBOUR, ...CHOIR, ...HARBOUR], 0, HARBOUR.length);
    expect(longer).toEqual(cut);
  });
});

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

// More paragraphs of the railway story, written for this test: the same story going on.
const RAILWAY_GOES_ON = [
  "Walkers who ride up on the first train can buy a return ticket and come down on the last train of the day.",
  "The family fare covers two adults and three children, and tickets for the first Saturday in June are on sale.",
  "From the summit station the old mule path takes about three hours to walk down to the valley, the operator said.",
];

describe("the window after a gap leaning away from the article before", () => {
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

  it("leans to a new story where one starts, and runs on where the railway story goes on", () => {
    const atStart = measure([...RAILWAY, ...LIBRARY], 0, RAILWAY.length);
    const within = measure([...RAILWAY, ...RAILWAY_GOES_ON], 0, RAILWAY.length);
    expect(atStart.afterTopicHolds).toBeGreaterThan(0);
    expect(atStart.afterTopicRunsOn).toBe(0);
    expect(within.afterTopicRunsOn).toBeGreaterThan(0);
    expect(within.afterTopicHolds).toBeLessThan(atStart.afterTopicHolds);
  });
});
