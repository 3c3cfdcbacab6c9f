import { describe, expect, it } from "vitest";
import { balanceWeights } from "./balance-weights.js";

describe("balanceWeights", () => {
  it("leaves rows as they are at power 1", () => {
    expect([...balanceWeights(["a", "a", "b"], [0, 0, 0], 1)]).toEqual([1, 1, 1]);
  });

  it("makes a group's total grow as the square root of its size, the partition's total kept", () => {
    // Group a: 4 rows, b: 1 row. At 0.5 their totals are 2 : 1, and the five rows still sum to 5.
    const f = balanceWeights(["a", "a", "a", "a", "b"], [0, 0, 0, 0, 0], 0.5);
    const a = (f[0] ?? 0) * 4;
    const b = f[4] ?? 0;
    expect(a / b).toBeCloseTo(2);
    expect(a + b).toBeCloseTo(5);
  });

  it("keeps each partition's total and leaves rows without a group at 1", () => {
    const f = balanceWeights(["a", "a", "b", "c", null], [0, 0, 0, 1, 1], 0);
    expect((f[0] ?? 0) + (f[1] ?? 0) + (f[2] ?? 0)).toBeCloseTo(3);
    expect(f[0]).toBeCloseTo((f[2] ?? 0) / 2);
    expect(f[3]).toBeCloseTo(1);
    expect(f[4]).toBe(1);
  });
});
