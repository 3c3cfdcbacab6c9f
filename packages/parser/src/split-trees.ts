/**
 * A small regression tree over named evidence: at each split a value at or below `cut` goes
 * `below`, else `above`; a leaf is what the tree adds to a score. Boosted on top of an additive
 * model's score they weigh evidence together (a cue that counts only where another is absent),
 * which one shape per feature cannot.
 */
export type SplitNode<Name extends string> = number | SplitTree<Name>;

export interface SplitTree<Name extends string> {
  readonly feature: Name;
  readonly cut: number;
  readonly below: SplitNode<Name>;
  readonly above: SplitNode<Name>;
}

const PLAIN_NAME = /^[A-Za-z_$][\w$]*$/;

/** The node's value for `evidence`, read as the tree says. */
export function treeAt<Name extends string>(
  node: SplitNode<Name>,
  evidence: Readonly<Record<Name, number>>,
): number {
  let at = node;
  while (typeof at !== "number") at = evidence[at.feature] <= at.cut ? at.below : at.above;
  return at;
}

/**
 * `(score, evidence) => score + Σ tree(evidence)`, compiled to straight-line comparisons (as
 * additiveWeigher is, and for its reason: no number read by a changing key).
 */
export function treesWeigher<Name extends string>(
  trees: readonly SplitTree<Name>[],
): (score: number, evidence: Readonly<Record<Name, number>>) => number {
  return compiled(trees.map((tree) => valueExpression(tree)));
}

/**
 * `(score, evidence) => score + the most the trees can add where only the features in `known`
 * are read`: a split on a known feature is followed, one on any other takes the larger side.
 * An upper bound of the trees' sum whatever the unknown features hold, as tight as a tree allows.
 */
export function treesCeiling<Name extends string>(
  trees: readonly SplitTree<Name>[],
  known: (name: Name) => boolean,
): (score: number, evidence: Readonly<Record<Name, number>>) => number {
  return compiled(trees.map((tree) => boundExpression(tree, known)));
}

/** The most the trees can add, whatever the evidence. */
export function treesMax<Name extends string>(trees: readonly SplitTree<Name>[]): number {
  const most = (node: SplitNode<Name>): number =>
    typeof node === "number" ? node : Math.max(most(node.below), most(node.above));
  return trees.reduce((sum, tree) => sum + most(tree), 0);
}

function compiled<Name extends string>(
  terms: readonly string[],
): (score: number, evidence: Readonly<Record<Name, number>>) => number {
  const body = terms.map((term) => `s += ${term};`).join("\n");
  return new Function("s", "e", `${body}\nreturn s;`) as (
    score: number,
    evidence: Readonly<Record<Name, number>>,
  ) => number;
}

function valueExpression<Name extends string>(node: SplitNode<Name>): string {
  if (typeof node === "number") return literal(node);
  return `(${test(node)} ? ${valueExpression(node.below)} : ${valueExpression(node.above)})`;
}

function boundExpression<Name extends string>(
  node: SplitNode<Name>,
  known: (name: Name) => boolean,
): string {
  const constant = boundConstant(node, known);
  if (constant !== null) return literal(constant);
  const tree = node as SplitTree<Name>;
  const below = boundExpression(tree.below, known);
  const above = boundExpression(tree.above, known);
  if (known(tree.feature)) return `(${test(tree)} ? ${below} : ${above})`;
  return `Math.max(${below}, ${above})`;
}

/** The node's bound where it reads no known feature: a number; else null. */
function boundConstant<Name extends string>(
  node: SplitNode<Name>,
  known: (name: Name) => boolean,
): number | null {
  if (typeof node === "number") return node;
  if (known(node.feature)) return null;
  const below = boundConstant(node.below, known);
  const above = boundConstant(node.above, known);
  return below === null || above === null ? null : Math.max(below, above);
}

function test<Name extends string>({ feature, cut }: SplitTree<Name>): string {
  if (!PLAIN_NAME.test(feature) || !Number.isFinite(cut))
    throw new Error(
      `split trees: feature ${feature} needs a plain name and a finite cut (run npm run train)`,
    );
  return `e.${feature} <= ${literal(cut)}`;
}

/** A number as a literal that reads back as itself (a negative one in brackets). */
function literal(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`split trees: ${x} is not a finite number`);
  return x < 0 ? `(${x})` : `${x}`;
}
