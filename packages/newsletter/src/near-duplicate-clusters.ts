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
  // Terms as integer ids, sorted per article: arrays, not string maps, on the hot path.
  const { terms, frequency } = internTerms(articles.map((article) => ledeTerms(article)));
  const weight = new Float64Array(frequency.length);
  frequency.forEach((df, id) => {
    weight[id] = Math.log((articles.length + 1) / df);
  });
  const totals = terms.map((ids) => ids.reduce((total, id) => total + (weight[id] as number), 0));
  const postings = distinctivePostings(terms, frequency, DISTINCTIVE_MAX_ARTICLES);
  const parent = articles.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] as number;
    parent[index] = root;
    return root;
  };
  // shared[j]: distinctive terms article i shares with a later article j; `touched` resets it.
  const shared = new Uint16Array(articles.length);
  const touched: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    for (const id of terms[i] as Int32Array) {
      const list = postings[id];
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
          terms[i] as Int32Array,
          terms[j] as Int32Array,
          (totals[i] as number) + (totals[j] as number),
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

/** IDF-weighted Jaccard similarity of two sorted term-id lists, 0..1. */
function weightedJaccard(
  a: Int32Array,
  b: Int32Array,
  totalBoth: number,
  weight: Float64Array,
): number {
  let shared = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    const left = a[x] as number;
    const right = b[y] as number;
    if (left === right) {
      shared += weight[left] as number;
      x++;
      y++;
    } else if (left < right) x++;
    else y++;
  }
  const union = totalBoth - shared;
  return union > 0 ? shared / union : 0;
}

/** Each article's terms as sorted integer ids, and how many articles use each id. */
function internTerms(sets: readonly Set<string>[]): { terms: Int32Array[]; frequency: number[] } {
  const ids = new Map<string, number>();
  const frequency: number[] = [];
  const terms = sets.map((set) => {
    const out = new Int32Array(set.size);
    let k = 0;
    for (const term of set) {
      let id = ids.get(term);
      if (id === undefined) {
        id = frequency.length;
        ids.set(term, id);
        frequency.push(0);
      }
      frequency[id] = (frequency[id] as number) + 1;
      out[k++] = id;
    }
    return out.sort();
  });
  return { terms, frequency };
}

/** For each distinctive term id used by two articles or more: the articles using it, ascending. */
function distinctivePostings(
  terms: readonly Int32Array[],
  frequency: readonly number[],
  limit: number,
): (number[] | undefined)[] {
  const postings: (number[] | undefined)[] = new Array(frequency.length);
  terms.forEach((ids, index) => {
    for (const id of ids) {
      const df = frequency[id] as number;
      if (df < 2 || df > limit) continue;
      const list = postings[id];
      if (list) list.push(index);
      else postings[id] = [index];
    }
  });
  return postings;
}
