/**
 * A feature's share of a score: a piecewise-linear function of its value through the points
 * (knots[i], values[i]), knots ascending, flat past either end. Two knots make a weight
 * (values[1] - values[0] per unit); more let evidence count more in one range of its values
 * than in another (a cohesion of 0.1 against none says more than 0.9 against 0.8).
 */
export interface Shape {
  readonly knots: readonly number[];
  readonly values: readonly number[];
}

/** A score that is a sum of evidence: a bias plus one shape per feature. */
export interface AdditiveModel<Name extends string> {
  readonly bias: number;
  readonly shapes: Readonly<Record<Name, Shape>>;
}

/** The shape's value at x. */
export function shapeAt(shape: Shape, x: number): number {
  const { knots, values } = shape;
  const last = knots.length - 1;
  if (!(x > (knots[0] as number))) return values[0] as number;
  for (let i = 0; i < last; i++) {
    const right = knots[i + 1] as number;
    if (x <= right) {
      const left = knots[i] as number;
      const from = values[i] as number;
      return from + ((x - left) * ((values[i + 1] as number) - from)) / (right - left);
    }
  }
  return values[last] as number;
}

/** The most the shape gives anywhere: a piecewise-linear function peaks at a knot. */
export function shapeMax(shape: Shape): number {
  return Math.max(...shape.values);
}

/**
 * `(score, evidence) => score + Σ shape[name](evidence[name])` over `names`, in their order, as
 * straight-line code: a loop over the names reads each piece of evidence by a key that changes
 * from turn to turn, and every number so read is a new heap number (about 90 MB per 50 MB
 * dump). Each shape becomes a chain of comparisons with its knots written in as the literals
 * they print as, which read back as the same numbers.
 */
export function additiveWeigher<Name extends string>(
  names: readonly Name[],
  shapes: Readonly<Record<Name, Shape>>,
): (score: number, evidence: Record<Name, number>) => number {
  return new Function("s", "e", `let x = 0;\n${weighedTerms(names, shapes)}\nreturn s;`) as (
    score: number,
    evidence: Record<Name, number>,
  ) => number;
}

/**
 * The same sum as additiveWeigher's, added to `sum[0]` in place: a weigher is a function of its
 * own, called where it is not inlined, and there the score passed to it and the sum it returned
 * were each a new heap number.
 */
export function additiveAdder<Name extends string>(
  names: readonly Name[],
  shapes: Readonly<Record<Name, Shape>>,
): (evidence: Record<Name, number>, sum: Float64Array) => void {
  return new Function(
    "e",
    "o",
    `let x = 0;\nlet s = o[0];\n${weighedTerms(names, shapes)}\no[0] = s;`,
  ) as (evidence: Record<Name, number>, sum: Float64Array) => void;
}

/** The statements adding each feature's shape at its value to `s`, in the order of `names`. */
function weighedTerms<Name extends string>(
  names: readonly Name[],
  shapes: Readonly<Record<Name, Shape>>,
): string {
  const plain = /^[A-Za-z_$][\w$]*$/;
  const terms = names.map((name) => {
    const shape = shapes[name];
    if (!plain.test(name) || shape === undefined || !wellFormed(shape))
      throw new Error(
        `additiveWeigher: feature ${name} needs a plain name and a shape of ascending finite knots, one finite value each (run npm run train)`,
      );
    return `x = e.${name};\ns += ${shapeExpression(shape)};`;
  });
  return terms.join("\n");
}

function wellFormed({ knots, values }: Shape): boolean {
  if (knots.length === 0 || knots.length !== values.length) return false;
  if (![...knots, ...values].every(Number.isFinite)) return false;
  return knots.every((k, i) => i === 0 || k >= (knots[i - 1] as number));
}

/** shapeAt(shape, x) as an expression in x. */
function shapeExpression({ knots, values }: Shape): string {
  const last = knots.length - 1;
  let expression = `${values[last]}`;
  for (let i = last - 1; i >= 0; i--) {
    const left = knots[i] as number;
    const right = knots[i + 1] as number;
    if (right === left) continue;
    const from = values[i] as number;
    const slope = ((values[i + 1] as number) - from) / (right - left);
    const value = slope === 0 ? `${from}` : `${from} + (x - ${left}) * ${slope}`;
    expression = `x <= ${right} ? ${value} : ${expression}`;
  }
  return `(!(x > ${knots[0]}) ? ${values[0]} : ${expression})`;
}
