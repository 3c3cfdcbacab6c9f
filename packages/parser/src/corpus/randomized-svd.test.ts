import { Matrix } from "ml-matrix";
import { describe, expect, it } from "vitest";
import { topSingularVectors } from "./randomized-svd.js";

describe("topSingularVectors", () => {
  it("finds the top singular vectors of a symmetric matrix, scaled by their roots", () => {
    // Q diag(values) Qᵀ with Q the columns of a 40 x 40 orthogonal matrix (a Householder
    // reflection), so the answer is known: sqrt(value) times each column, up to its sign.
    const n = 40;
    const u = Array.from({ length: n }, (_, i) => Math.sin(i + 1));
    const norm2 = u.reduce((s, x) => s + x * x, 0);
    const q = Matrix.eye(n).sub(
      Matrix.columnVector(u)
        .mmul(Matrix.rowVector(u))
        .mul(2 / norm2),
    );
    const values = Array.from({ length: n }, (_, i) => (i < 3 ? [50, 20, 8][i] : 0.5 / (i + 1)));
    const symmetric = q.mmul(Matrix.diag(values as number[])).mmul(q.transpose());
    const { vectors, singularValues } = topSingularVectors(symmetric, 3, { oversample: 5 });
    expect(singularValues.map((s) => Number(s.toFixed(6)))).toEqual([50, 20, 8]);
    for (let j = 0; j < 3; j++) {
      const expected = q.getColumn(j).map((x) => x * Math.sqrt(values[j] as number));
      const found = vectors.getColumn(j);
      const sign = Math.sign(found[0] as number) * Math.sign(expected[0] as number);
      for (let i = 0; i < n; i++)
        expect((found[i] as number) * sign).toBeCloseTo(expected[i] as number, 6);
    }
  });
});
