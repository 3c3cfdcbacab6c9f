import { describe, expect, it } from "vitest";
import { rouge1, rougeL } from "./rouge.js";

describe("rouge", () => {
  it("scores identical text 1 and disjoint text 0", () => {
    expect(rouge1("Ferry fares rise", "ferry fares rise")).toBe(1);
    expect(rougeL("Ferry fares rise", "Bridge closes")).toBe(0);
  });

  it("counts shared words for ROUGE-1 and their order for ROUGE-L", () => {
    // 2 of 3 words shared each way.
    expect(rouge1("fares rise again", "ferry fares rise")).toBeCloseTo(2 / 3);
    // "rise fares" against "fares rise": one word in order.
    expect(rougeL("rise fares", "fares rise")).toBeCloseTo(0.5);
    expect(rouge1("rise fares", "fares rise")).toBe(1);
  });
});
