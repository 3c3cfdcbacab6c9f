import { describe, expect, it } from "vitest";
import { treeAt } from "../split-trees.js";
import { fitBoostedTrees } from "./boosted-trees.js";
import { logLoss } from "./log-loss.js";

describe("fitBoostedTrees", () => {
  // A start where x is high only when z is low: no sum of a function of x and one of z follows
  // that, depth-two trees can.
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < 6000; i++) {
    const x = (i % 100) / 99;
    const z = ((i * 37) % 100) / 99;
    const logOdds = x > 0.5 && z < 0.5 ? 2 : -2;
    xs.push([x, z]);
    ys.push((i * 7919) % 1000 < 1000 / (1 + Math.exp(-logOdds)) ? 1 : 0);
  }
  const offsets = xs.map(() => 0);

  it("learns an interaction on top of the offsets, splitting at the cut that parts it", () => {
    const trees = fitBoostedTrees(["x", "z"] as const, xs, ys, offsets, { rounds: 30 });
    const scores = xs.map(([x, z]) =>
      trees.reduce((sum, tree) => sum + treeAt(tree, { x: x as number, z: z as number }), 0),
    );
    expect(logLoss(scores, ys)).toBeLessThan(logLoss(offsets, ys) - 0.2);
    const inside = trees.reduce((sum, tree) => sum + treeAt(tree, { x: 0.8, z: 0.2 }), 0);
    const outside = trees.reduce((sum, tree) => sum + treeAt(tree, { x: 0.8, z: 0.8 }), 0);
    expect(inside - outside).toBeGreaterThan(2);
    expect(Math.abs((trees[0]?.cut as number) - 0.5)).toBeLessThan(0.05);
  });

  it("adds no tree where the offsets already fit the labels", () => {
    const fitted = xs.map(([x, z]) => ((x as number) > 0.5 && (z as number) < 0.5 ? 2 : -2));
    const trees = fitBoostedTrees(["x", "z"] as const, xs, ys, fitted, {
      rounds: 5,
      minHessian: 400,
    });
    const most = trees.reduce((sum, tree) => sum + Math.abs(treeAt(tree, { x: 0.8, z: 0.2 })), 0);
    expect(most).toBeLessThan(0.3);
  });
});
