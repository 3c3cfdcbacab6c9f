import { describe, expect, it } from "vitest";
import {
  boundaryView,
  isLowConfidence,
  LOW_BOUNDARY_CONFIDENCE,
  lowConfidenceNote,
} from "./boundary-confidence.js";

describe("boundary confidence on the desk", () => {
  it("marks a boundary below the threshold low, and one at it not", () => {
    expect(boundaryView(0.42)).toEqual({ percent: "42 %", low: true });
    expect(boundaryView(LOW_BOUNDARY_CONFIDENCE)).toEqual({ percent: "60 %", low: false });
    expect(boundaryView(0.91)).toEqual({ percent: "91 %", low: false });
  });

  it("never shows a low boundary as the threshold's own percentage", () => {
    expect(boundaryView(0.5999)).toEqual({ percent: "59 %", low: true });
  });

  it("says nothing of a boundary with no confidence", () => {
    expect(boundaryView(null)).toBeNull();
    expect(boundaryView(Number.NaN)).toBeNull();
    expect(isLowConfidence(null)).toBe(false);
  });

  it("tells the desk how many cuts to check first", () => {
    expect(lowConfidenceNote(0)).toBeNull();
    expect(lowConfidenceNote(1)).toBe(
      "1 cut the parser was unsure of (below 60 %) is marked “low-confidence cut”: check it first.",
    );
    expect(lowConfidenceNote(3)).toMatch(
      /^3 cuts .* are marked “low-confidence cut”: check them first\.$/,
    );
  });
});
