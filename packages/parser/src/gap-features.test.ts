import { describe, expect, it } from "vitest";
import { emptyGapFeatures, GAP_FEATURE_NAMES } from "./gap-features.js";

describe("emptyGapFeatures", () => {
  it("holds every gap feature, in the names' order, each 0", () => {
    const features = emptyGapFeatures();
    expect(Object.keys(features)).toEqual([...GAP_FEATURE_NAMES]);
    for (const name of GAP_FEATURE_NAMES) expect(features[name]).toBe(0);
  });
});
