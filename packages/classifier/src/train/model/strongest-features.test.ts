import { describe, expect, it } from "vitest";
import type { TrainingRow } from "../fit-softmax.js";
import { strongestFeatures } from "./strongest-features.js";

const row = (features: number[]): TrainingRow => ({
  index: Int32Array.from(features),
  value: Float64Array.from(features.map(() => 1)),
  label: 0,
  weight: 1,
});

describe("strongestFeatures", () => {
  // Two classes; feature 0 is strong and rare, feature 1 moderate and in every row, feature 2 flat.
  const fit = {
    weights: Float64Array.from([3, -3, 1, -1, 0.1, 0.1]),
    bias: new Float64Array(2),
  };
  const rows = [row([0, 1]), ...Array.from({ length: 15 }, () => row([1, 2]))];

  it("keeps the largest weights when reach does not count", () => {
    expect([...strongestFeatures(fit, 3, 2, 1)]).toEqual([0]);
  });

  it("lets a word of many articles outrank a stronger rare one", () => {
    expect([...strongestFeatures(fit, 3, 2, 1, { rows, power: 0.5 })]).toEqual([1]);
  });

  it("never prefers a flat feature, however common", () => {
    expect(strongestFeatures(fit, 3, 2, 2, { rows, power: 0.5 }).has(2)).toBe(false);
  });
});
