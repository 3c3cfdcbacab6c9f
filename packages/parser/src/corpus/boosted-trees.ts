import type { SplitNode, SplitTree } from "../split-trees.js";

export interface BoostOptions {
  /** Trees fitted, one a round. */
  rounds: number;
  /** Splits from the root to a leaf. */
  depth: number;
  /** Most cut points a feature is split at (quantiles of its values). */
  bins: number;
  /** Each tree's leaves are scaled by this: many small steps generalise better than few. */
  shrinkage: number;
  /** L2 on a leaf's value (added to its summed hessian). */
  l2: number;
  /** Least summed hessian a leaf may hold: no leaf for a handful of gaps. */
  minHessian: number;
}

export const BOOST_DEFAULTS: BoostOptions = {
  rounds: 40,
  depth: 2,
  bins: 32,
  shrinkage: 0.2,
  l2: 1,
  minHessian: 20,
};

/**
 * Gradient-boosted regression trees for the log loss, fitted on top of a score (`offsets`, one
 * per sample: an additive model's), the way XGBoost grows them (Newton steps; a split's gain
 * from the summed gradients and hessians either side), but over precomputed cut points: each
 * feature's values are binned once, and a node finds its split from per-bin sums, so a round
 * costs a pass over the samples per level whatever their number of distinct values (seconds,
 * where exact splits took minutes). `xs` holds one row per sample, a value per name.
 */
export function fitBoostedTrees<Name extends string>(
  names: readonly Name[],
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  offsets: readonly number[],
  options: Partial<BoostOptions> = {},
): SplitTree<Name>[] {
  const o = { ...BOOST_DEFAULTS, ...options };
  const n = xs.length;
  const cuts = names.map((_, j) =>
    cutPoints(
      xs.map((x) => x[j] as number),
      o.bins,
    ),
  );
  // bins[j][i]: how many of feature j's cuts lie below sample i's value (it goes `above` those).
  const bins = cuts.map((c, j) => Uint8Array.from(xs, (x) => binOf(c, x[j] as number)));
  const score = Float64Array.from(offsets);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: SplitTree<Name>[] = [];
  for (let round = 0; round < o.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-(score[i] as number)));
      g[i] = p - (ys[i] as number);
      h[i] = Math.max(p * (1 - p), 1e-12);
    }
    const all = Int32Array.from({ length: n }, (_, i) => i);
    const grow = (rows: Int32Array, depth: number): BinNode => {
      const split = depth < o.depth ? bestSplit(rows, bins, cuts, g, h, o) : null;
      if (split === null) return leafValue(rows, g, h, o);
      const column = bins[split.feature] as Uint8Array;
      const below = rows.filter((i) => (column[i] as number) <= split.bin);
      const above = rows.filter((i) => (column[i] as number) > split.bin);
      return { ...split, below: grow(below, depth + 1), above: grow(above, depth + 1) };
    };
    const tree = grow(all, 0);
    if (typeof tree === "number") break;
    trees.push(named(tree, names, cuts) as SplitTree<Name>);
    for (let i = 0; i < n; i++) score[i] = (score[i] as number) + leafOf(tree, bins, i);
  }
  return trees;
}

/** A feature's cut points: its distinct values but the largest, or quantiles of them, rounded. */
function cutPoints(values: readonly number[], most: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const distinct = [...new Set(sorted)].slice(0, -1);
  if (distinct.length <= most) return distinct;
  const cuts = new Set<number>();
  for (let q = 1; q <= most; q++) {
    const at = sorted[Math.floor((q * sorted.length) / (most + 1))] as number;
    if (at < (sorted[sorted.length - 1] as number)) cuts.add(Number(at.toPrecision(3)));
  }
  return [...cuts].sort((a, b) => a - b);
}

/** How many cuts lie below x: x <= cuts[b] for every b at or past it. */
function binOf(cuts: readonly number[], x: number): number {
  let b = 0;
  while (b < cuts.length && x > (cuts[b] as number)) b++;
  return b;
}

/** The split of most gain among the rows, or null where none gains or leaves a leaf too light. */
function bestSplit(
  rows: Int32Array,
  bins: readonly Uint8Array[],
  cuts: readonly number[][],
  g: Float64Array,
  h: Float64Array,
  o: BoostOptions,
): { feature: number; bin: number } | null {
  let G = 0;
  let H = 0;
  for (const i of rows) {
    G += g[i] as number;
    H += h[i] as number;
  }
  const parent = (G * G) / (H + o.l2);
  let best: { feature: number; bin: number } | null = null;
  let bestGain = 1e-9;
  bins.forEach((column, j) => {
    const count = (cuts[j] as number[]).length;
    if (count === 0) return;
    const gs = new Float64Array(count + 1);
    const hs = new Float64Array(count + 1);
    for (const i of rows) {
      const b = column[i] as number;
      gs[b] = (gs[b] as number) + (g[i] as number);
      hs[b] = (hs[b] as number) + (h[i] as number);
    }
    let gl = 0;
    let hl = 0;
    for (let b = 0; b < count; b++) {
      gl += gs[b] as number;
      hl += hs[b] as number;
      const hr = H - hl;
      if (hl < o.minHessian || hr < o.minHessian) continue;
      const gr = G - gl;
      const gain = (gl * gl) / (hl + o.l2) + (gr * gr) / (hr + o.l2) - parent;
      if (gain > bestGain) {
        bestGain = gain;
        best = { feature: j, bin: b };
      }
    }
  });
  return best;
}

/** The Newton step for the rows, shrunk, rounded as learned numbers are written. */
function leafValue(rows: Int32Array, g: Float64Array, h: Float64Array, o: BoostOptions): number {
  let G = 0;
  let H = 0;
  for (const i of rows) {
    G += g[i] as number;
    H += h[i] as number;
  }
  return Math.round((-G / (H + o.l2)) * o.shrinkage * 1000) / 1000 || 0;
}

/** A tree as it is grown: each split a feature's index and the bin it parts at. */
type BinNode = number | { feature: number; bin: number; below: BinNode; above: BinNode };

/** The tree's leaf for sample i, read from its bins. */
function leafOf(tree: BinNode, bins: readonly Uint8Array[], i: number): number {
  let at = tree;
  while (typeof at !== "number")
    at = ((bins[at.feature] as Uint8Array)[i] as number) <= at.bin ? at.below : at.above;
  return at;
}

/** The tree with each split's feature by name and its cut point by value. */
function named<Name extends string>(
  node: BinNode,
  names: readonly Name[],
  cuts: readonly number[][],
): SplitNode<Name> {
  if (typeof node === "number") return node;
  return {
    feature: names[node.feature] as Name,
    cut: (cuts[node.feature] as number[])[node.bin] as number,
    below: named(node.below, names, cuts),
    above: named(node.above, names, cuts),
  };
}
