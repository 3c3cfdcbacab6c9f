import { describe, expect, it } from "vitest";
import { featureKey, featureValues, visitFeatures } from "./beat-features.js";
import {
  type BeatModelData,
  compileBeatModel,
  distinctTerms,
  scoreBeatModel,
  softmax,
} from "./beat-model.js";
import { topFeatures } from "./test-support/top-features.js";
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

  it("counts exactly the features training counts (visitFeatures)", () => {
    const article = splitZones({
      headline: "Central bank raises rates again",
      dek: "A second rise in 2024, as prices climb",
      paragraphs: [
        "The central bank, which meets monthly, raised rates; the bank's governor spoke.",
        "Rates rose.",
      ],
      contributors: [],
    });
    const counts = new Map<string, number>();
    visitFeatures(article, (kind, a, b, w) => {
      const key = featureKey(kind, a, b);
      counts.set(key, (counts.get(key) ?? 0) + w);
    });
    const keys = [...counts.keys()];
    const everything = compileBeatModel({
      ...data,
      features: Object.fromEntries(keys.map((k) => [k, [0, 0]])),
    });
    const s = scoreBeatModel(everything, article, [0, 0], 20);
    const expected = featureValues(
      keys.map((_, i) => i),
      keys.map((k) => counts.get(k) ?? 0),
    );
    const got = new Map([...s.index].map((f, i) => [everything.keys[f], s.value[i]]));
    expect(got.size).toBe(keys.length);
    for (const [i, k] of keys.entries()) expect(got.get(k)).toBeCloseTo(expected.value[i] ?? 0, 12);
  });
});
