import { describe, expect, it } from "vitest";
import { lexiconDisputes } from "./disputed-labels.js";

describe("lexiconDisputes", () => {
  it("disputes a label another beat outweighs by the margin", () => {
    expect(lexiconDisputes([0.2, 1.2, 0.3], 0, 1)).toBe(true);
  });

  it("accepts a label within the margin of every other beat", () => {
    expect(lexiconDisputes([0.5, 1.4, 0], 0, 1)).toBe(false);
  });

  it("accepts a label that has the most evidence", () => {
    expect(lexiconDisputes([2, 0.5, 0], 0, 1)).toBe(false);
  });
});
