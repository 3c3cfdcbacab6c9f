import { describe, expect, it } from "vitest";
import { beatenAhead } from "./headless-starts.js";

describe("beatenAhead", () => {
  const scores = [0, 1, 0.5, 2, 0];
  const score = (g: number) => scores[g] as number;

  it("is true when one of the next two gaps scores higher", () => {
    expect(beatenAhead(score, 1, 1, 4)).toBe(true);
  });

  it("is false when neither of the next two gaps scores higher", () => {
    expect(beatenAhead(score, 3, 2, 4)).toBe(false);
  });

  it("looks no further than the last gap allowed", () => {
    expect(beatenAhead(score, 1, 1, 2)).toBe(false);
  });
});
