import { describe, expect, it } from "vitest";
import { concentrated } from "./article-features.js";

describe("concentrated", () => {
  it("flags a feature most of whose articles come from one outlet", () => {
    expect(concentrated(8, 10, 0.5)).toBe(true);
  });

  it("keeps a feature spread over outlets", () => {
    expect(concentrated(3, 10, 0.5)).toBe(false);
  });

  it("keeps every feature at a share of 1, and one no corpus article uses", () => {
    expect(concentrated(10, 10, 1)).toBe(false);
    expect(concentrated(0, 0, 0.5)).toBe(false);
  });
});
