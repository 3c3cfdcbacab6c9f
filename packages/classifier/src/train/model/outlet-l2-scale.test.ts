import { describe, expect, it } from "vitest";
import { outletL2Scale } from "./outlet-l2-scale.js";

describe("outletL2Scale", () => {
  it("is 1 for every feature at power 0", () => {
    expect([...outletL2Scale([3, 10, 40], 0)]).toEqual([1, 1, 1]);
  });

  it("shrinks a feature of few outlets more than one of many, relative to the median", () => {
    const scale = outletL2Scale([4, 16, 64], 0.5);
    expect(scale[0]).toBeCloseTo(2);
    expect(scale[1]).toBeCloseTo(1);
    expect(scale[2]).toBeCloseTo(0.5);
  });
});
