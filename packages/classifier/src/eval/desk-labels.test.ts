import { describe, expect, it } from "vitest";
import {
  deskSliceFigures,
  drawSecondPass,
  drawSlice,
  formatShare,
  parseDeskLabels,
} from "./desk-labels.js";

describe("drawSlice", () => {
  const ids = Array.from({ length: 50 }, (_, i) => `id${i}`);

  it("draws the same ids for the same seed, whatever the input order", () => {
    const a = drawSlice(ids, 10, 7);
    expect(drawSlice([...ids].reverse(), 10, 7)).toEqual(a);
    expect(new Set(a).size).toBe(10);
    expect(drawSlice(ids, 10, 8)).not.toEqual(a);
  });

  it("makes a shorter draw a prefix of a longer one", () => {
    expect(drawSlice(ids, 20, 7).slice(0, 10)).toEqual(drawSlice(ids, 10, 7));
    expect(drawSlice(ids, 99, 7)).toHaveLength(50);
  });
});

describe("drawSecondPass", () => {
  const ids = Array.from({ length: 80 }, (_, i) => `id${i}`);

  it("draws the same part of the slice every time, never outside it", () => {
    const slice = new Set(drawSlice(ids, 30));
    const second = drawSecondPass(ids, 30, 10);
    expect(second).toHaveLength(10);
    expect(second.every((id) => slice.has(id))).toBe(true);
    expect(drawSecondPass([...ids].reverse(), 30, 10)).toEqual(second);
  });
});

describe("parseDeskLabels", () => {
  it("keeps id, beat and the optional second beat", () => {
    const labels = parseDeskLabels(
      {
        labels: [
          { id: "a", beat: "x", also: "y" },
          { id: "b", beat: "z" },
        ],
      },
      "t",
    );
    expect(labels).toEqual([
      { id: "a", beat: "x", also: "y" },
      { id: "b", beat: "z" },
    ]);
  });

  it("says which label is malformed", () => {
    expect(() => parseDeskLabels({ labels: [{ id: "a" }] }, "t")).toThrow(/label 0/);
    expect(() => parseDeskLabels({}, "t")).toThrow(/labels/);
  });
});

describe("deskSliceFigures", () => {
  const rows = [
    { desk: { id: "1", beat: "alpha" }, corpusBeat: "alpha", predicted: "alpha" },
    { desk: { id: "2", beat: "alpha", also: "beta" }, corpusBeat: "beta", predicted: "beta" },
    { desk: { id: "3", beat: "gamma" }, corpusBeat: "alpha", predicted: "gamma" },
    { desk: { id: "4", beat: "gamma", also: "alpha" }, corpusBeat: "gamma", predicted: "delta" },
  ];

  it("compares the classifier and the corpus beat with the desk, and with each other", () => {
    const f = deskSliceFigures(rows);
    expect(f.classifierVsDesk).toEqual({ right: 2, total: 4 });
    expect(f.classifierVsDeskOrAlso).toEqual({ right: 3, total: 4 });
    expect(f.corpusVsDesk).toEqual({ right: 2, total: 4 });
    expect(f.corpusVsDeskOrAlso).toEqual({ right: 3, total: 4 });
    expect(f.classifierVsCorpus).toEqual({ right: 2, total: 4 });
  });

  it("gives empty shares for an empty slice", () => {
    expect(deskSliceFigures([]).corpusVsDesk).toEqual({ right: 0, total: 0 });
  });
});

describe("formatShare", () => {
  it("prints a percentage and the count, or a dash for an empty share", () => {
    expect(formatShare({ right: 216, total: 300 })).toBe(" 72.0%  (216/300)");
    expect(formatShare({ right: 0, total: 0 })).toBe("  -  %  (0/0)");
  });
});
