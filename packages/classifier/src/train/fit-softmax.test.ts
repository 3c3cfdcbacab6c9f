import { describe, expect, it } from "vitest";
import { fitSoftmax, type TrainingRow } from "./fit-softmax.js";

const row = (features: number[], label: number): TrainingRow => ({
  index: Int32Array.from(features),
  value: Float64Array.from(features.map(() => 1)),
  label,
  weight: 1,
});

describe("fitSoftmax", () => {
  // Feature 0 says class 0, feature 1 says class 1, feature 2 is noise in both.
  const rows = [row([0, 2], 0), row([0], 0), row([1, 2], 1), row([1], 1)];
  const options = { epochs: 30, learningRate: 0.5, l2: 1e-4, seed: 7 };

  it("learns which feature points to which class", () => {
    const fit = fitSoftmax(rows, 3, 2, options);
    const w = (f: number, k: number) => fit.weights[f * 2 + k] ?? 0;
    expect(w(0, 0)).toBeGreaterThan(w(0, 1));
    expect(w(1, 1)).toBeGreaterThan(w(1, 0));
    expect(Math.abs(w(2, 0) - w(2, 1))).toBeLessThan(Math.abs(w(0, 0) - w(0, 1)));
  });

  it("gives the same fit for the same seed", () => {
    expect(fitSoftmax(rows, 3, 2, options)).toEqual(fitSoftmax(rows, 3, 2, options));
  });
});

describe("fitSoftmax with soft targets", () => {
  it("fits the target's mix instead of the label", () => {
    const even = Float64Array.from([0.5, 0.5]);
    const rows = [0, 1, 2, 3].map(() => ({ ...row([0], 0), target: even }));
    const fit = fitSoftmax(rows, 1, 2, { epochs: 50, learningRate: 0.5, l2: 0, seed: 3 });
    const logit = (k: number) => (fit.bias[k] ?? 0) + (fit.weights[k] ?? 0);
    expect(Math.abs(logit(0) - logit(1))).toBeLessThan(0.1);
  });
});
