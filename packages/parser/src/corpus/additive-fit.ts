import { type AdditiveModel, additiveWeigher, type Shape } from "../additive-model.js";
import { fitDense } from "./logistic.js";

/** How each feature's shape may bend: at hinges (piecewise linear) or steps (piecewise constant). */
export type BasisKind = "hinge" | "step";

export interface AdditiveOptions {
  /** Most cut points a feature gets; 0 fits a plain weight. */
  cuts: number;
  kind: BasisKind;
  l2: number;
}

/** Where one feature may bend, and the range its training values span. */
interface FeatureBasis {
  low: number;
  high: number;
  cuts: number[];
}

/**
 * A feature's cut points: quantiles of its training values strictly inside their range (evidence
 * such as cohesion is mostly at one end, which would spend the cuts there), or every such value
 * when there are no more than `most` of them (a count out of three).
 */
function featureBasis(values: Float64Array, most: number): FeatureBasis {
  const sorted = Float64Array.from(values).sort();
  const low = sorted[0] ?? 0;
  const high = sorted[sorted.length - 1] ?? 0;
  const inside = sorted.filter((v) => v > low && v < high);
  const distinct = [...new Set(inside)];
  if (distinct.length <= most) return { low, high, cuts: distinct };
  const cuts = new Set<number>();
  for (let q = 1; q <= most; q++) {
    const at = inside[Math.floor((q * inside.length) / (most + 1))] as number;
    cuts.add(Number(at.toPrecision(3)));
  }
  return { low, high, cuts: [...cuts].sort((a, b) => a - b) };
}

/** The columns one feature's value adds to a row: the value, then one per cut. */
function expandInto(
  row: Float64Array,
  at: number,
  x: number,
  basis: FeatureBasis,
  kind: BasisKind,
): number {
  row[at++] = x;
  for (const c of basis.cuts) row[at++] = kind === "hinge" ? Math.max(0, x - c) : x > c ? 1 : 0;
  return at;
}

/**
 * Logistic regression over each feature's value and its bends past learned cut points (see
 * `fitDense`: Newton's method, L2 on everything but the bias), returned as one shape per
 * feature: the score stays a sum of evidence, each piece of it a function of one feature.
 * `xs` holds one row per sample, a value per name in `names`' order.
 */
export function fitAdditive<Name extends string>(
  names: readonly Name[],
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  options: AdditiveOptions,
  onTop?: { offsets: readonly number[] },
): AdditiveModel<Name> {
  const bases = names.map((_, j) =>
    featureBasis(
      Float64Array.from(xs, (x) => x[j] as number),
      options.cuts,
    ),
  );
  const width = bases.reduce((sum, b) => sum + 1 + b.cuts.length, 0);
  const rows = xs.map((x) => {
    const row = new Float64Array(width);
    let at = 0;
    bases.forEach((basis, j) => {
      at = expandInto(row, at, x[j] as number, basis, options.kind);
    });
    return row;
  });
  // On top of a fitted score (`onTop.offsets`, one per sample) the shapes get no bias of their own.
  const w = fitDense(
    rows,
    ys,
    onTop === undefined
      ? { l2: options.l2 }
      : { l2: options.l2, offsets: onTop.offsets, bias: false },
  );
  const shapes = {} as Record<Name, Shape>;
  let bias = w[0] as number;
  let at = 1;
  names.forEach((name, j) => {
    const basis = bases[j] as FeatureBasis;
    const coefficients = w.slice(at, at + 1 + basis.cuts.length);
    at += 1 + basis.cuts.length;
    const { shape, atLow } = shapeOf(basis, coefficients, options.kind);
    shapes[name] = shape;
    bias += atLow;
  });
  return { bias: round(bias), shapes };
}

/** The fitted function of one feature as knots and values; a step's cut is a knot twice. */
function shapeOf(
  basis: FeatureBasis,
  coefficients: readonly number[],
  kind: BasisKind,
): { shape: Shape; atLow: number } {
  const [slope = 0, ...bends] = coefficients;
  const f = (x: number, pastStepsAt: boolean) => {
    let value = slope * x;
    basis.cuts.forEach((c, i) => {
      const bend = bends[i] as number;
      if (kind === "hinge") value += bend * Math.max(0, x - c);
      else if (x > c || (pastStepsAt && x === c)) value += bend;
    });
    return value;
  };
  const knots: number[] = [basis.low];
  const values: number[] = [f(basis.low, false)];
  for (const c of basis.cuts) {
    knots.push(c);
    values.push(f(c, false));
    if (kind === "step") {
      knots.push(c);
      values.push(f(c, true));
    }
  }
  if (basis.high > basis.low) {
    knots.push(basis.high);
    values.push(f(basis.high, false));
  }
  // The shape is zero at its low end and the bias carries the rest, so each shape reads as
  // what its evidence adds.
  const atLow = values[0] as number;
  return { shape: { knots, values: values.map((v) => round(v - atLow)) }, atLow };
}

/** Learned numbers are written with three decimals: what the file holds is what was measured. */
function round(x: number): number {
  return Math.round(x * 1000) / 1000 || 0;
}

/** The model's score of a sample given as one value per name, in `names`' order. */
export function sampleScorer<Name extends string>(
  names: readonly Name[],
  model: AdditiveModel<Name>,
): (x: readonly number[]) => number {
  const weigh = additiveWeigher(names, model.shapes);
  const evidence = {} as Record<Name, number>;
  return (x) => {
    names.forEach((name, j) => {
      evidence[name] = x[j] as number;
    });
    return weigh(model.bias, evidence);
  };
}
