import { describe, expect, it } from "vitest";
import { shapeAt } from "../additive-model.js";
import { fitAdditive, sampleScorer } from "./additive-fit.js";

describe("fitAdditive", () => {
  // Labels whose log-odds rise with x up to 0.5 and fall after it, whatever z says: no single
  // weight on x can follow that, a shape bent at learned cut points can.
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < 4000; i++) {
    const x = (i % 100) / 99;
    const z = ((i * 37) % 100) / 99;
    const logOdds = 3 - 8 * Math.abs(x - 0.5);
    xs.push([x, z]);
    ys.push((i * 7919) % 1000 < 1000 / (1 + Math.exp(-logOdds)) ? 1 : 0);
  }

  it("follows a rise and a fall that a plain weight cannot", () => {
    const model = fitAdditive(["x", "z"] as const, xs, ys, { cuts: 4, kind: "hinge", l2: 0.1 });
    const x = model.shapes.x;
    expect(shapeAt(x, 0.5) - shapeAt(x, 0)).toBeGreaterThan(2);
    expect(shapeAt(x, 0.5) - shapeAt(x, 1)).toBeGreaterThan(2);
    // z says nothing: its shape stays near flat.
    const z = model.shapes.z;
    expect(Math.max(...z.values) - Math.min(...z.values)).toBeLessThan(1);
  });

  it("with no cuts is logistic regression: one weight per feature, zero at the low end", () => {
    const model = fitAdditive(["x", "z"] as const, xs, ys, { cuts: 0, kind: "hinge", l2: 1 });
    expect(model.shapes.x.knots).toEqual([0, 1]);
    expect(model.shapes.x.values[0]).toBe(0);
    const score = sampleScorer(["x", "z"] as const, model);
    expect(score([0, 0])).toBeCloseTo(model.bias, 12);
  });

  it("steps are knots given twice", () => {
    const model = fitAdditive(["x", "z"] as const, xs, ys, { cuts: 3, kind: "step", l2: 1 });
    const { knots } = model.shapes.x;
    expect(knots.length).toBe(2 + 2 * 3);
    expect(knots[1]).toBe(knots[2]);
  });
});
