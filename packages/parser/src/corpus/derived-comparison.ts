import { seededRandom } from "../test-support/compose-dump.js";

/** One derived headline's record: its outlet, a hash of its text and its ROUGE-1. */
export interface DerivedRecord {
  source: string;
  hash: number;
  rouge1: number;
}

/** How a change moved the derived headlines of the same articles. */
export interface DerivedComparison {
  changed: number;
  better: number;
  worse: number;
  /** Mean ROUGE-1 change over every article, and its 95% interval. */
  mean: number;
  low: number;
  high: number;
}

// Bootstrap resamples: enough for the interval's ends to settle to 0.0001.
const RESAMPLES = 2000;

/**
 * The ROUGE-1 change from `before` to `after` (the same articles in the same order), with a
 * 95% interval from a bootstrap that draws whole outlets: a change moves a few dozen headlines,
 * often of one outlet's house style, so articles are not independent draws. Paired, so what
 * both choose alike cancels. Seeded: the same records give the same interval.
 */
export function compareDerived(
  before: readonly DerivedRecord[],
  after: readonly DerivedRecord[],
): DerivedComparison {
  if (before.length !== after.length) throw new Error("Compare records of the same fold.");
  const byOutlet = new Map<string, number[]>();
  let changed = 0;
  let better = 0;
  let worse = 0;
  let total = 0;
  before.forEach((b, i) => {
    const a = after[i] as DerivedRecord;
    const delta = a.rouge1 - b.rouge1;
    if (a.hash !== b.hash) changed++;
    if (delta > 0) better++;
    if (delta < 0) worse++;
    total += delta;
    const list = byOutlet.get(b.source) ?? [];
    list.push(delta);
    byOutlet.set(b.source, list);
  });
  const outlets = [...byOutlet.values()].map((d) => ({
    sum: d.reduce((s, x) => s + x, 0),
    n: d.length,
  }));
  const random = seededRandom(1);
  const means: number[] = [];
  for (let r = 0; r < RESAMPLES; r++) {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < outlets.length; i++) {
      const o = outlets[Math.floor(random() * outlets.length)] as { sum: number; n: number };
      sum += o.sum;
      n += o.n;
    }
    means.push(sum / Math.max(1, n));
  }
  means.sort((x, y) => x - y);
  return {
    changed,
    better,
    worse,
    mean: total / Math.max(1, before.length),
    low: means[Math.floor(RESAMPLES * 0.025)] as number,
    high: means[Math.floor(RESAMPLES * 0.975)] as number,
  };
}

/**
 * The derived-headline tools' arguments: the fold (the first argument unless it is an option,
 * else the validation fold) and the value after an option's name, if given.
 */
export function derivedToolArguments(
  args: readonly string[],
  validationFold: number,
): { fold: number; option: (name: string) => string | undefined } {
  const first = args[0];
  const fold = first !== undefined && !first.startsWith("--") ? Number(first) : validationFold;
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at < 0 ? undefined : args[at + 1];
  };
  return { fold, option };
}
