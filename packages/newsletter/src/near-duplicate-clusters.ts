import { ledeTerms } from "./lede-terms.js";

/**
 * Weighted overlap at or above which two articles are taken for the same story. Measured on
 * the reference dump and the fixtures (see near-duplicate-clusters.test.ts): the two reports
 * on the same hostages score ~0.18, a brief and the full story ~0.23, unrelated stories on
 * the same conflict at most ~0.12.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.14;

/**
 * A distinctive term is one at most this many articles of the period use: the names, places
 * and details of one story, which its handful of reports share. Words a template repeats
 * across more articles than that ("central bank holds rates at" for twelve countries) are not,
 * so a template's stories, which share nothing else, stay apart. A story told by more reports
 * still folds: its reports share rarer details in smaller groups, and clusters are connected.
 */
export const DISTINCTIVE_MAX_ARTICLES = 10;

/** Distinctive terms two articles must share to be folded. */
export const MIN_SHARED_DISTINCTIVE = 2;

/**
 * Groups articles that tell the same story. Two articles are near-duplicates when they share
 * at least `MIN_SHARED_DISTINCTIVE` distinctive terms (`DISTINCTIVE_MAX_ARTICLES`) and the IDF-weighted Jaccard overlap of
 * their headline-and-lede words (`ledeTerms`) reaches `threshold`; the weights come from the
 * articles given, so words every story uses count for little and names count for much.
 * Clusters are the connected groups of near-duplicate pairs. Returns clusters of indexes into
 * `articles`, each ascending, in order of their first member; articles with no near-duplicate
 * are clusters of one.
 *
 * Near-linear: only pairs that share a distinctive term are compared, found through an index
 * of those terms (each used by at most `DISTINCTIVE_MAX_ARTICLES` articles, so each of an
 * article's terms brings at most that many candidates), never all n² pairs.
 */
export function nearDuplicateClusters(
  articles: readonly { headline: string; paragraphs: readonly string[] }[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
  /** Filled in for benches and tests: how many pairs were compared. */
  stats?: { compared: number },
): number[][] {
  const sets = articles.map((article) => ledeTerms(article));
  const frequency = documentFrequency(sets);
  const weight = idfWeights(frequency, sets.length);
  const totals = sets.map((set) => sumWeights(set, weight));
  const postings = distinctivePostings(sets, frequency, DISTINCTIVE_MAX_ARTICLES);
  const parent = articles.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] as number;
    parent[index] = root;
    return root;
  };
  // shared[j]: distinctive terms article i shares with a later article j; `touched` resets it.
  const shared = new Uint16Array(sets.length);
  const touched: number[] = [];
  for (let i = 0; i < sets.length; i++) {
    for (const term of sets[i] as Set<string>) {
      const list = postings.get(term);
      if (!list) continue;
      for (const j of list) {
        if (j <= i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] = (shared[j] as number) + 1;
      }
    }
    for (const j of touched) {
      if ((shared[j] as number) >= MIN_SHARED_DISTINCTIVE && find(i) !== find(j)) {
        if (stats) stats.compared++;
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
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
      shared[j] = 0;
    }
    touched.length = 0;
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

function documentFrequency(sets: readonly Set<string>[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const set of sets) {
    for (const term of set) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  return frequency;
}

/** For each distinctive term used by two articles or more: the articles using it, ascending. */
function distinctivePostings(
  sets: readonly Set<string>[],
  frequency: Map<string, number>,
  limit: number,
): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  sets.forEach((set, index) => {
    for (const term of set) {
      const df = frequency.get(term) as number;
      if (df < 2 || df > limit) continue;
      const list = postings.get(term);
      if (list) list.push(index);
      else postings.set(term, [index]);
    }
  });
  return postings;
}

function idfWeights(frequency: Map<string, number>, count: number): Map<string, number> {
  const weights = new Map<string, number>();
  for (const [term, df] of frequency) weights.set(term, Math.log((count + 1) / df));
  return weights;
}

function sumWeights(set: Set<string>, weight: Map<string, number>): number {
  let total = 0;
  for (const term of set) total += weight.get(term) ?? 0;
  return total;
}
