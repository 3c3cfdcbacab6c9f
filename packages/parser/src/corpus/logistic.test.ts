import { describe, expect, it } from "vitest";
import { encodeTable, fitDense, fitHashed } from "./logistic.js";

describe("logistic fits", () => {
  it("fitDense finds the sign and rough size of a separating weight", () => {
    const xs: Float64Array[] = [];
    const ys: number[] = [];
    for (let i = 0; i < 400; i++) {
      const x = (i % 20) / 10 - 1;
      xs.push(Float64Array.of(x, 0.5));
      // p = sigmoid(3x): label the share of each x that the model says.
      ys.push((i * 7919) % 100 < 100 / (1 + Math.exp(-3 * x)) ? 1 : 0);
    }
    const [, w] = fitDense(xs, ys, { l2: 0.01 });
    expect(w).toBeGreaterThan(2);
    expect(w).toBeLessThan(4.5);
  });

  it("fitHashed learns which buckets mark the positives", () => {
    const samples = Array.from({ length: 200 }, (_, i) => ({
      features: Int32Array.of(i % 2 ? 7 : 9, 100),
      y: (i % 2) as 0 | 1,
    }));
    const { table } = fitHashed(samples, 128);
    expect(table[7]).toBeGreaterThan(0.5);
    expect(table[9]).toBeLessThan(-0.5);
    const { scale, weights } = encodeTable(table);
    const bytes = Buffer.from(weights, "base64");
    expect(((bytes[7] as number) - 128) * scale).toBeCloseTo(table[7] as number, 1);
  });
});

describe("fitDense on top of an earlier model", () => {
  it("fits the weights alone where offsets and no bias are given", () => {
    const xs: Float64Array[] = [];
    const ys: number[] = [];
    const offsets: number[] = [];
    for (let i = 0; i < 600; i++) {
      const x = (i % 20) / 10 - 1;
      const offset = ((i % 7) - 3) / 2;
      xs.push(Float64Array.of(x));
      offsets.push(offset);
      // p = sigmoid(offset + 2x)
      ys.push((i * 7919) % 100 < 100 / (1 + Math.exp(-(offset + 2 * x))) ? 1 : 0);
    }
    const [bias, w] = fitDense(xs, ys, { l2: 0.01, offsets, bias: false });
    expect(bias).toBe(0);
    expect(w).toBeGreaterThan(1.4);
    expect(w).toBeLessThan(2.8);
  });
});
