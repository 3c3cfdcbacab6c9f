import { describe, expect, it } from "vitest";
import { lowestScoreAt, readsPieces, scalingFor } from "./piece-scaling.js";

const model = { scale: 1, offset: -1 };
const scalings = {
  edges: [0],
  bins: [
    { scale: 0.5, offset: -2 },
    { scale: 1.5, offset: 0 },
  ],
};

describe("scalingFor", () => {
  it("reads the bin of the piece's length over the median", () => {
    expect(scalingFor(scalings, model, 5, 10)).toBe(scalings.bins[0]);
    expect(scalingFor(scalings, model, 10, 10)).toBe(scalings.bins[1]);
  });

  it("falls back to the model's scaling where the median is unknown or none are fitted", () => {
    expect(scalingFor(scalings, model, 5, Number.NaN)).toBe(model);
    expect(scalingFor({ edges: [], bins: [] }, model, 5, 10)).toBe(model);
    expect(readsPieces({ edges: [0], bins: [model] })).toBe(false);
  });
});

describe("lowestScoreAt", () => {
  it("is the lowest score any scaling reads at the log-odds", () => {
    // -2 reads at score 1 (model), 0 (first bin), -4/3 (second bin).
    expect(lowestScoreAt(scalings, model, -2)).toBeCloseTo(-4 / 3);
    expect(lowestScoreAt({ edges: [], bins: [] }, model, -2)).toBe(-1);
  });
});
