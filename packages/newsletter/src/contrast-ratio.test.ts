import { describe, expect, it } from "vitest";
import { contrastRatio, darkenUntil, UnreadableColourError } from "./contrast-ratio.js";

describe("contrastRatio", () => {
  it("gives WCAG's end points and a known mid-grey", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it("does not care which colour comes first", () => {
    expect(contrastRatio("#0b57d0", "#ffffff")).toBe(contrastRatio("#ffffff", "#0b57d0"));
  });

  it("reads short hex and the rgb() a browser computes as the same colour", () => {
    const hex = contrastRatio("#0b57d0", "#fff");
    expect(contrastRatio("rgb(11, 87, 208)", "rgb(255, 255, 255)")).toBe(hex);
    expect(contrastRatio("rgba(11, 87, 208, 1)", "rgb(255 255 255)")).toBe(hex);
  });

  it("refuses what it cannot measure, saying how to write it", () => {
    expect(() => contrastRatio("rgba(0, 0, 0, 0)", "#ffffff")).toThrow(/not opaque/);
    expect(() => contrastRatio("tomato", "#ffffff")).toThrow(UnreadableColourError);
    expect(() => contrastRatio("#12345", "#ffffff")).toThrow(/#rrggbb/);
  });
});

describe("darkenUntil", () => {
  it("leaves a colour that already passes alone", () => {
    expect(darkenUntil("#0B57D0", "#ffffff", 4.5)).toBe("#0b57d0");
  });

  it("darkens a too-light colour until it passes", () => {
    const darker = darkenUntil("#ffcc00", "#ffffff", 4.5);
    expect(darker).not.toBe("#ffcc00");
    expect(contrastRatio(darker, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });
});
