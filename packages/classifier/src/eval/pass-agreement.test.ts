import { describe, expect, it } from "vitest";
import { cohensKappa, passAgreement, UnpairedLabelError } from "./pass-agreement.js";

describe("cohensKappa", () => {
  it("is 1 for full agreement and 0 for agreement at chance", () => {
    expect(
      cohensKappa([
        ["a", "a"],
        ["b", "b"],
      ]),
    ).toBe(1);
    // Each pass says a half the time, independently: observed 0.5 = chance 0.5.
    expect(
      cohensKappa([
        ["a", "a"],
        ["a", "b"],
        ["b", "a"],
        ["b", "b"],
      ]),
    ).toBeCloseTo(0);
  });

  it("matches a worked example", () => {
    // 20 a/a, 5 a/b, 10 b/a, 15 b/b: observed 0.7, chance 0.5*0.6 + 0.5*0.4 = 0.5, kappa 0.4.
    const pairs = [
      ...Array<[string, string]>(20).fill(["a", "a"]),
      ...Array<[string, string]>(5).fill(["a", "b"]),
      ...Array<[string, string]>(10).fill(["b", "a"]),
      ...Array<[string, string]>(15).fill(["b", "b"]),
    ];
    expect(cohensKappa(pairs)).toBeCloseTo(0.4);
  });

  it("is 1 when both passes give one beat throughout, NaN with nothing to compare", () => {
    expect(cohensKappa([["a", "a"]])).toBe(1);
    expect(cohensKappa([])).toBeNaN();
  });
});

describe("passAgreement", () => {
  const first = [
    { id: "1", beat: "x", also: "y" },
    { id: "2", beat: "x" },
    { id: "3", beat: "z", also: "x" },
    { id: "4", beat: "y" },
  ];

  it("counts exact primaries and each primary within the other pass's pair", () => {
    const second = [
      { id: "1", beat: "y", also: "x" },
      { id: "3", beat: "x" },
      { id: "4", beat: "y" },
    ];
    const a = passAgreement(first, second, "t");
    expect(a.primaryExact).toEqual({ right: 1, total: 3 });
    expect(a.firstInSecondPair).toEqual({ right: 2, total: 3 });
    expect(a.secondInFirstPair).toEqual({ right: 3, total: 3 });
  });

  it("names a second-pass label the first pass lacks", () => {
    expect(() => passAgreement(first, [{ id: "9", beat: "x" }], "t.json")).toThrow(
      UnpairedLabelError,
    );
    expect(() => passAgreement(first, [{ id: "9", beat: "x" }], "t.json")).toThrow(
      /label 0 \(id 9\)/,
    );
  });
});
