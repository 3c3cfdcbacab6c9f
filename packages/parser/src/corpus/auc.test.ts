import { describe, expect, it } from "vitest";
import { auc } from "./auc.js";

describe("auc", () => {
  it("is 1 where every start outscores every other sample, 0 the other way round", () => {
    expect(auc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(auc([0.8, 0.9, 0.1, 0.2], [0, 0, 1, 1])).toBe(0);
  });

  it("counts ties as half", () => {
    expect(auc([0.5, 0.5], [0, 1])).toBe(0.5);
    expect(auc([0.1, 0.5, 0.5], [0, 0, 1])).toBe(0.75);
  });
});
