import { describe, expect, it } from "vitest";
import { featureBucket, featureBuckets, hashedRow, unhashedFit } from "./hashed-features.js";
import { logitsOf } from "./training-rows.js";

describe("featureBucket", () => {
  it("gives a name the same bucket and sign every time, within 2^bits", () => {
    const a = featureBucket("ceasefire talks", 15);
    expect(featureBucket("ceasefire talks", 15)).toEqual(a);
    expect(a.bucket).toBeGreaterThanOrEqual(0);
    expect(a.bucket).toBeLessThan(2 ** 15);
    expect([1, -1]).toContain(a.sign);
  });

  it("hashes names with letters beyond ASCII by their bytes", () => {
    expect(featureBucket("café", 16)).not.toEqual(featureBucket("cafe", 16));
  });

  it("spreads names over the buckets, with both signs", () => {
    const keys = Array.from({ length: 4000 }, (_, i) => `word${i}`);
    const { bucket, sign } = featureBuckets(keys, 10);
    expect(new Set(bucket).size).toBeGreaterThan(900);
    const negative = [...sign].filter((s) => s < 0).length;
    expect(negative).toBeGreaterThan(1800);
    expect(negative).toBeLessThan(2200);
  });
});

describe("hashedRow", () => {
  it("sums the signed values of features sharing a bucket and keeps the rest of the row", () => {
    const buckets = { bucket: Int32Array.from([3, 3, 5]), sign: Float64Array.from([1, -1, -1]) };
    const row = {
      index: Int32Array.from([0, 1, 2]),
      value: Float64Array.from([0.5, 0.2, 0.4]),
      label: 2,
      weight: 1.5,
    };
    const hashed = hashedRow(row, buckets);
    expect([...hashed.index]).toEqual([3, 5]);
    expect(hashed.value[0]).toBeCloseTo(0.3);
    expect(hashed.value[1]).toBeCloseTo(-0.4);
    expect(hashed.label).toBe(2);
    expect(hashed.weight).toBe(1.5);
  });
});

describe("unhashedFit", () => {
  it("gives a row of named features the logits its hashed row gets", () => {
    const buckets = { bucket: Int32Array.from([1, 1, 0]), sign: Float64Array.from([1, -1, 1]) };
    const fit = {
      weights: Float64Array.from([0.5, -0.5, 2, 1]),
      bias: Float64Array.from([0.1, 0]),
    };
    const row = {
      index: Int32Array.from([0, 1, 2]),
      value: Float64Array.from([0.6, 0.3, 0.7]),
      label: 0,
      weight: 1,
    };
    const named = logitsOf(unhashedFit(fit, buckets, 2), row, 2);
    const hashed = logitsOf(fit, hashedRow(row, buckets), 2);
    expect(named[0]).toBeCloseTo(hashed[0] ?? Number.NaN);
    expect(named[1]).toBeCloseTo(hashed[1] ?? Number.NaN);
  });
});
