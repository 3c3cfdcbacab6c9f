import { describe, expect, it } from "vitest";
import { type GridPoint, smoothedScores, stableChoice } from "./stable-choice.js";

const curve = (values: readonly number[], scores: readonly number[]): GridPoint[] =>
  values.map((value, i) => ({ value, score: scores[i] as number }));

describe("smoothedScores", () => {
  it("averages each point with its neighbours, fewer at the ends", () => {
    const s = smoothedScores(curve([0, 1, 2, 3], [0.3, 0.6, 0.9, 0.6]), 1);
    expect(s[0]).toBeCloseTo(0.45);
    expect(s[1]).toBeCloseTo(0.6);
    expect(s[2]).toBeCloseTo(0.7);
    expect(s[3]).toBeCloseTo(0.75);
  });

  it("leaves the scores as they are with no radius", () => {
    expect(smoothedScores(curve([0, 1], [0.2, 0.4]), 0)).toEqual([0.2, 0.4]);
  });
});

describe("stableChoice", () => {
  const values = [-2, -1.5, -1, -0.5, 0, 0.5, 1];

  it("takes the middle of a broad plateau over a lone spike", () => {
    const scores = [0.7, 0.76, 0.761, 0.76, 0.7, 0.705, 0.7];
    const spiked = [...scores];
    spiked[5] = 0.7615;
    expect(stableChoice(curve(values, spiked), { prefer: 0, tolerance: 0 })).toBe(-1);
  });

  it("chooses the same point when a flat top's two best neighbours swap", () => {
    const a = [0.7, 0.75, 0.762, 0.764, 0.762, 0.75, 0.7];
    const b = [0.7, 0.75, 0.764, 0.763, 0.763, 0.75, 0.7];
    const options = { prefer: -0.5, tolerance: 0.001 };
    expect(stableChoice(curve(values, a), options)).toBe(-0.5);
    expect(stableChoice(curve(values, b), options)).toBe(-0.5);
  });

  it("breaks near-ties towards the preferred value", () => {
    const flat = [0.7, 0.76, 0.76, 0.76, 0.76, 0.76, 0.7];
    expect(stableChoice(curve(values, flat), { prefer: -1 })).toBe(-1);
    expect(stableChoice(curve(values, flat), { prefer: 0 })).toBe(0);
    expect(stableChoice(curve(values, flat), { prefer: 5 })).toBe(0);
  });

  it("keeps a clear best even far from the preferred value", () => {
    const rising = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
    expect(stableChoice(curve(values, rising), { prefer: -2 })).toBe(1);
  });

  it("between two values as near the preferred one, keeps the better smoothed score", () => {
    const scores = [0.7, 0.75, 0.7605, 0.7, 0.7608, 0.75, 0.7];
    expect(stableChoice(curve(values, scores), { prefer: -0.5, radius: 0, tolerance: 0.001 })).toBe(
      0,
    );
  });

  it("keeps the preferred value against a best within its noise, not against one beyond it", () => {
    const scores = [0.7, 0.75, 0.76, 0.7625, 0.76, 0.75, 0.7];
    const options = { prefer: -1, radius: 0, tolerance: 0.001 };
    expect(stableChoice(curve(values, scores), options)).toBe(-0.5);
    const noise = [0.01, 0.005, 0.003, 0, 0.003, 0.005, 0.01];
    expect(stableChoice(curve(values, scores), { ...options, noise })).toBe(-1);
    const small = noise.map((n) => n / 10);
    expect(stableChoice(curve(values, scores), { ...options, noise: small })).toBe(-0.5);
  });

  it("says what to do with an empty grid", () => {
    expect(() => stableChoice([], { prefer: 0 })).toThrow(/at least one grid point/);
  });
});
