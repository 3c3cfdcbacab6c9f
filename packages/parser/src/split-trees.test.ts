import { describe, expect, it } from "vitest";
import { type SplitTree, treeAt, treesCeiling, treesMax, treesWeigher } from "./split-trees.js";

type Name = "a" | "b" | "c";
const trees: SplitTree<Name>[] = [
  { feature: "a", cut: 0.5, below: { feature: "b", cut: 0.2, below: -1, above: 0.5 }, above: 2 },
  { feature: "c", cut: 0, below: -0.25, above: { feature: "a", cut: 0.9, below: 0.75, above: -3 } },
];
const grid = [-1, 0, 0.2, 0.5, 0.7, 0.9, 1];

describe("split trees", () => {
  it("the compiled weigher adds what treeAt says, tree by tree", () => {
    const weigh = treesWeigher(trees);
    for (const a of grid)
      for (const b of grid)
        for (const c of grid) {
          const e = { a, b, c };
          const expected = 1 + trees.reduce((sum, tree) => sum + treeAt(tree, e), 0);
          expect(weigh(1, e)).toBeCloseTo(expected, 12);
        }
  });

  it("the ceiling over known features bounds the sum whatever the rest hold, and is it where all are known", () => {
    const weigh = treesWeigher(trees);
    const overA = treesCeiling(trees, (name) => name === "a");
    const overAll = treesCeiling(trees, () => true);
    for (const a of grid) {
      let most = Number.NEGATIVE_INFINITY;
      for (const b of grid)
        for (const c of grid) {
          const e = { a, b, c };
          most = Math.max(most, weigh(0, e));
          expect(overAll(0, e)).toBeCloseTo(weigh(0, e), 12);
        }
      // Tight here: no two unknown splits share a leaf's choice.
      expect(overA(0, { a, b: 0, c: 0 })).toBeCloseTo(most, 12);
    }
    expect(treesCeiling(trees, () => false)(0, { a: 0, b: 0, c: 0 })).toBe(treesMax(trees));
    expect(treesMax(trees)).toBe(2.75);
  });

  it("refuses a feature that is not a plain name, and says what to do", () => {
    const bad = [{ feature: "a-b", cut: 0, below: 0, above: 1 }] as SplitTree<string>[];
    expect(() => treesWeigher(bad)).toThrow(/npm run train/);
  });
});
