import { describe, expect, it } from "vitest";
import { smoothTowardNeighbours } from "./neighbour-smoothing.js";

// Three features over two beats: 0 and 1 point the same way, 2 the other way, 3 has no vector.
const embeddings = {
  dimensions: 2,
  vectors: [Float64Array.of(1, 0), Float64Array.of(0.8, 0.6), Float64Array.of(-1, 0), null],
};
const fit = { weights: Float64Array.of(2, 0, 0, 0, -1, 1, 5, 5), bias: Float64Array.of(0, 0) };

describe("smoothTowardNeighbours", () => {
  it("moves a feature toward its nearest neighbour's weights", () => {
    const smoothed = smoothTowardNeighbours(fit, 2, embeddings, new Set([0, 1, 2, 3]), {
      neighbours: 1,
      share: 0.5,
    });
    expect([...smoothed.weights.subarray(2, 4)]).toEqual([1, 0]);
    expect([...smoothed.weights.subarray(0, 2)]).toEqual([1, 0]);
  });

  it("leaves features without a vector, and those not kept, as they were", () => {
    const smoothed = smoothTowardNeighbours(fit, 2, embeddings, new Set([0, 2, 3]), {
      neighbours: 1,
      share: 0.5,
    });
    expect([...smoothed.weights.subarray(6, 8)]).toEqual([5, 5]);
    expect([...smoothed.weights.subarray(2, 4)]).toEqual([0, 0]);
  });
});
