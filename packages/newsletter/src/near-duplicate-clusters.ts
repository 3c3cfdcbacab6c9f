import { ledeTerms } from "./lede-terms.js";

/**
 * Weighted overlap at or above which two articles are taken for the same story. Measured on
 * the reference dump and the fixtures (see near-duplicate-clusters.test.ts): the two reports
 * on the same hostages score ~0.18, a brief and the full story ~0.23, unrelated stories on
 * the same conflict at most ~0.12.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.14;

/**
 * Groups articles that tell the same story. Two articles are near-duplicates when the
 * IDF-weighted Jaccard overlap of their headline-and-lede words (`ledeTerms`) reaches
 * `threshold`; the weights come from the articles given, so words every story uses count for
 * little and names count for much. Clusters are the connected groups of near-duplicate pairs.
 * Returns clusters of indexes into `articles`, each ascending, in order of their first member;
 * articles with no near-duplicate are clusters of one. Exact pairwise comparison: fine for the
 * hundreds of articles an edition covers.
 */
export function nearDuplicateClusters(
  articles: readonly { headline: string; paragraphs: readonly string[] }[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): number[][] {
  const sets = articles.map((article) => ledeTerms(article));
  const weight = idfWeights(sets);
  const totals = sets.map((set) => sumWeights(set, weight));
  const parent = articles.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] as number;
    parent[index] = root;
    return root;
  };
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const similarity = weightedJaccard(
        sets[i] as Set<string>,
        sets[j] as Set<string>,
        totals[i] as number,
        totals[j] as number,
        weight,
      );
      if (similarity >= threshold) {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const clusters = new Map<number, number[]>();
  articles.forEach((_, index) => {
    const root = find(index);
    const cluster = clusters.get(root);
    if (cluster) cluster.push(index);
    else clusters.set(root, [index]);
  });
  return [...clusters.values()];
}

/** IDF-weighted Jaccard similarity of two term sets, 0..1. */
export function weightedJaccard(
  a: Set<string>,
  b: Set<string>,
  totalA: number,
  totalB: number,
  weight: Map<string, number>,
): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const term of small) if (large.has(term)) shared += weight.get(term) ?? 0;
  const union = totalA + totalB - shared;
  return union > 0 ? shared / union : 0;
}

function idfWeights(sets: readonly Set<string>[]): Map<string, number> {
  const documentFrequency = new Map<string, number>();
  for (const set of sets) {
    for (const term of set) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  for (const [term, df] of documentFrequency) {
    weights.set(term, Math.log((sets.length + 1) / df));
  }
  return weights;
}

function sumWeights(set: Set<string>, weight: Map<string, number>): number {
  let total = 0;
  for (const term of set) total += weight.get(term) ?? 0;
  return total;
}
