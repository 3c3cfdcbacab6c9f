import { describe, expect, it } from "vitest";
import { modelFingerprint } from "./beat-combiner.js";
import { compileBeatModel, scoreBeatModel } from "./beat-model.js";
import {
  featureWeights,
  formatBeatModel,
  packBeatModel,
  type UnpackedBeatModelData,
} from "./packed-beat-model.js";
import { splitZones } from "./zones.js";

const unpacked: UnpackedBeatModelData = {
  version: 1,
  classes: ["sport", "arts"],
  scale: 100,
  temperature: 1,
  bias: [3, -3],
  lexicon: [
    [50, 0],
    [0, 50],
  ],
  features: { goal: [200, -32768], "art gallery": [-150, 32767], "^gallery": [-50, 50] },
};

describe("the packed beat model", () => {
  const packed = packBeatModel(unpacked);

  it("holds the same features and weights, in the same order", () => {
    expect(packed.keys).toEqual(["goal", "art gallery", "^gallery"]);
    expect(Array.from(featureWeights(packed).weights)).toEqual([200, -32768, -150, 32767, -50, 50]);
    expect(JSON.parse(formatBeatModel(packed))).toEqual(packed);
  });

  it("keeps the fingerprint its combiner was learned on", () => {
    expect(modelFingerprint(packed)).toBe(modelFingerprint(unpacked));
  });

  it("scores an article as the unpacked model does", () => {
    const zones = splitZones({
      headline: "Gallery opens",
      dek: null,
      paragraphs: ["A new art gallery opened after the goal of a long campaign."],
      contributors: [],
    });
    const a = scoreBeatModel(compileBeatModel(unpacked), zones, [1, 2], 11);
    const b = scoreBeatModel(compileBeatModel(packed), zones, [1, 2], 11);
    expect([...b.logits]).toEqual([...a.logits]);
  });

  it("refuses a weight that does not fit 16 bits", () => {
    expect(() => packBeatModel({ ...unpacked, features: { goal: [40000, 0] } })).toThrow(/16-bit/);
  });
});
