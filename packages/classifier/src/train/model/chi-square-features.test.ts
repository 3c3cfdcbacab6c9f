import { describe, expect, it } from "vitest";
import { chiSquareFeatures, chiSquareTies } from "./chi-square-features.js";

const row = (label: number, features: number[]) => ({ index: Int32Array.from(features), label });

// Three beats: beat 0 has ten articles, beat 1 ten, beat 2 only two.
// Feature 0 is in every article of beat 0 and none else; feature 1 in half of beat 0's and half
// of beat 1's; feature 2 in both of beat 2's and one of beat 1's; feature 3 in beat 1's first eight; feature 4 is
// everywhere.
const rows = [
  ...Array.from({ length: 10 }, (_, i) => row(0, i < 5 ? [0, 1, 4] : [0, 4])),
  ...Array.from({ length: 10 }, (_, i) =>
    row(1, [...(i < 5 ? [1] : []), ...(i < 8 ? [3] : []), ...(i === 9 ? [2] : []), 4]),
  ),
  row(2, [2, 4]),
  row(2, [2, 4]),
];

describe("chiSquareTies", () => {
  const chi = chiSquareTies(rows, 5, 3);

  it("scores a feature only for the beats it favours", () => {
    expect(chi[0 * 3 + 0]).toBeGreaterThan(0);
    expect(chi[0 * 3 + 1]).toBe(0);
    expect(chi[2 * 3 + 2]).toBeGreaterThan(0);
  });

  it("gives nothing to a feature every article has", () => {
    expect([...chi.subarray(4 * 3, 5 * 3)]).toEqual([0, 0, 0]);
  });
});

describe("chiSquareFeatures", () => {
  it("keeps the features most tied to some beat", () => {
    expect([...chiSquareFeatures(rows, 5, 3, 2)]).toEqual([0, 3]);
  });

  it("per beat, lets a rare beat's word in before a common beat's second", () => {
    expect(new Set(chiSquareFeatures(rows, 5, 3, 3, { perBeat: true }))).toEqual(
      new Set([0, 3, 2]),
    );
    expect(chiSquareFeatures(rows, 5, 3, 2, { perBeat: true }).has(2)).toBe(false);
  });

  it("never keeps a feature tied to no beat", () => {
    expect(chiSquareFeatures(rows, 5, 3, 5).has(4)).toBe(false);
  });

  it("fills up after features another ranking took", () => {
    expect([...chiSquareFeatures(rows, 5, 3, 2, { perBeat: true, taken: new Set([4]) })]).toEqual([
      4, 0,
    ]);
    expect([...chiSquareFeatures(rows, 5, 3, 2, { taken: new Set([3]) })]).toEqual([3, 0]);
  });

  it("passes over features in more than the given share of the articles", () => {
    // Feature 3 is in 8 of 22 articles, feature 0 in 10, feature 2 in 3.
    expect([...chiSquareFeatures(rows, 5, 3, 2, { maxDfShare: 0.4 })]).toEqual([3, 2]);
  });

  it("per beat, gives turns only to the beats asked for", () => {
    expect([...chiSquareFeatures(rows, 5, 3, 1, { perBeat: true, beats: new Set([2]) })]).toEqual([
      2,
    ]);
  });

  it("chooses only among the features it is given", () => {
    expect([...chiSquareFeatures(rows, 5, 3, 2, { within: new Set([2, 3, 4]) })]).toEqual([3, 2]);
  });
});
