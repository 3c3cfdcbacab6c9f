import { describe, expect, it } from "vitest";
import {
  type BeatModelData,
  compileBeatModel,
  distinctTerms,
  scoreBeatModel,
  softmax,
  topFeatures,
} from "./beat-model.js";
import { splitZones } from "./zones.js";

const data: BeatModelData = {
  version: 1,
  classes: ["sport", "arts"],
  scale: 100,
  temperature: 1,
  bias: [0, 0],
  lexicon: [
    [50, 0],
    [0, 50],
  ],
  features: {
    goal: [200, -200],
    "art gallery": [-150, 150],
    gallery: [-50, 50],
  },
};
const zones = splitZones({
  headline: "A new art gallery opens",
  dek: null,
  paragraphs: ["The gallery shows paintings."],
  contributors: [],
});

describe("the beat model", () => {
  const model = compileBeatModel(data);

  it("adds up its words, phrases and the lexicon's evidence into logits", () => {
    const s = scoreBeatModel(model, zones, [0, 8], 6);
    expect(s.logits[1]).toBeGreaterThan(s.logits[0] ?? 0);
    expect(s.index.length).toBe(2);
  });

  it("names the phrase that decided it, not the word inside it again", () => {
    const s = scoreBeatModel(model, zones, [0, 0], 6);
    expect(topFeatures(model, s, 1, 4).map((t) => t.term)).toEqual(["art gallery", "gallery"]);
    expect(distinctTerms(topFeatures(model, s, 1, 4), 4).map((t) => t.term)).toEqual([
      "art gallery",
    ]);
    expect(topFeatures(model, s, 0, 4)).toEqual([]);
  });

  it("turns logits into probabilities; a higher temperature makes them less sure", () => {
    const sharp = softmax([2, 0]);
    const soft = softmax([2, 0], 2);
    expect((sharp[0] ?? 0) + (sharp[1] ?? 0)).toBeCloseTo(1, 12);
    expect(soft[0]).toBeLessThan(sharp[0] ?? 0);
  });
});
