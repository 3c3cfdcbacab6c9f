import { describe, expect, it } from "vitest";
import { distilledTarget } from "./distilled-target.js";

describe("distilledTarget", () => {
  it("is the label alone at share 0", () => {
    expect([...distilledTarget([3, 0, -1], 1, 0)]).toEqual([0, 1, 0]);
  });

  it("moves the given share to the teacher's probabilities and still sums to one", () => {
    const t = distilledTarget([Math.log(3), 0, Number.NEGATIVE_INFINITY], 1, 0.5);
    expect(t[0]).toBeCloseTo(0.375);
    expect(t[1]).toBeCloseTo(0.625);
    expect(t[2]).toBeCloseTo(0);
  });

  it("flattens the teacher's probabilities at a higher temperature", () => {
    const cold = distilledTarget([2, 0], 0, 1, 1);
    const warm = distilledTarget([2, 0], 0, 1, 4);
    expect(warm[1] ?? 0).toBeGreaterThan(cold[1] ?? 0);
  });
});
