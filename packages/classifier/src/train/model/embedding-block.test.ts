import { describe, expect, it } from "vitest";
import { fitSoftmax } from "../fit-softmax.js";
import { foldEmbeddingBlock, withEmbeddingBlock } from "./embedding-block.js";
import { logitsOf } from "./training-rows.js";

// Four features over two dimensions: 0 and 1 point the same way, 2 the other, 3 has no vector.
const embeddings = {
  dimensions: 2,
  vectors: [Float64Array.of(1, 0), Float64Array.of(0.8, 0.6), Float64Array.of(-1, 0), null],
};
const row = (label: number, index: number[], value: number[]) => ({
  index: Int32Array.from(index),
  value: Float64Array.from(value),
  label,
  weight: 1,
});
const rows = [
  row(0, [0, 3], [0.8, 0.6]),
  row(0, [1], [1]),
  row(1, [2, 3], [0.6, 0.8]),
  row(1, [2], [1]),
];

describe("withEmbeddingBlock", () => {
  it("appends the value-weighted sum of the features' vectors", () => {
    const r = withEmbeddingBlock(row(0, [0, 1, 3], [0.6, 0.8, 0]), 4, embeddings, 2);
    expect([...r.index]).toEqual([0, 1, 3, 4, 5]);
    expect(r.value[3]).toBeCloseTo(2 * (0.6 + 0.8 * 0.8));
    expect(r.value[4]).toBeCloseTo(2 * 0.8 * 0.6);
  });
});

describe("foldEmbeddingBlock", () => {
  it("gives the joint fit's logits from the features alone", () => {
    const joint = rows.map((r) => withEmbeddingBlock(r, 4, embeddings, 1.5));
    const fit = fitSoftmax(joint, 6, 2, { epochs: 5, learningRate: 0.3, l2: 1e-4, seed: 3 });
    const folded = foldEmbeddingBlock(fit, 4, 2, embeddings, 1.5, new Set([0, 1, 2, 3]));
    expect(folded.weights.length).toBe(8);
    rows.forEach((r, i) => {
      const a = logitsOf(fit, joint[i] ?? r, 2);
      const b = logitsOf(folded, r, 2);
      for (let k = 0; k < 2; k++) expect(b[k]).toBeCloseTo(a[k] ?? 0, 10);
    });
  });

  it("gives a feature no article used a weight through its vector", () => {
    // Feature 4 is in no row but points as feature 0 does, which only beat 0's articles use.
    const withUnused = { dimensions: 2, vectors: [...embeddings.vectors, Float64Array.of(1, 0)] };
    const joint = rows.map((r) => withEmbeddingBlock(r, 5, withUnused, 1));
    const fit = fitSoftmax(joint, 7, 2, { epochs: 20, learningRate: 0.3, l2: 1e-4, seed: 3 });
    const folded = foldEmbeddingBlock(fit, 5, 2, withUnused, 1, new Set([0, 1, 2, 3, 4]));
    const lean = (f: number) => (folded.weights[f * 2] ?? 0) - (folded.weights[f * 2 + 1] ?? 0);
    expect(lean(4)).toBeGreaterThan(0);
  });
});
