import { readFileSync } from "node:fs";
import { seededRandom } from "../test-support/compose-dump.js";
import type { DumpCounts } from "./measure-corpus.js";

// Resamples of the dumps: enough for a standard deviation to two digits.
const RESAMPLES = 2000;

/** F1, headless recall and exact articles of summed counts. */
function figures(c: DumpCounts): { f1: number; headless: number; exact: number } {
  const p = c.hits / Math.max(1, c.predicted);
  const r = c.hits / Math.max(1, c.expected);
  return {
    f1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
    headless: (c.hits - c.headedHits) / Math.max(1, c.expected - c.headed),
    exact: c.exact / Math.max(1, c.expected),
  };
}

function sum(list: readonly DumpCounts[], picks: readonly number[]): DumpCounts {
  const total = { predicted: 0, hits: 0, expected: 0, headed: 0, headedHits: 0, exact: 0 };
  for (const i of picks) {
    const c = list[i] as DumpCounts;
    for (const k of Object.keys(total) as (keyof DumpCounts)[]) total[k] += c[k];
  }
  return total;
}

/**
 * `node dist-tools/corpus/bootstrap-compare.js BASE.json CHANGE.json`: two runs' per-dump counts
 * (`NEWSDESK_EVAL_COUNTS=FILE npm run eval -- 1`) compared per layout: the change in F1, headless
 * recall and exact articles, and its standard deviation over dumps resampled in pairs.
 */
function main(): void {
  const [baseFile, changeFile] = process.argv.slice(2);
  if (!baseFile || !changeFile) throw new Error("usage: bootstrap-compare BASE.json CHANGE.json");
  const base = JSON.parse(readFileSync(baseFile, "utf8")) as Record<string, DumpCounts[]>;
  const change = JSON.parse(readFileSync(changeFile, "utf8")) as Record<string, DumpCounts[]>;
  // The same resamples each run.
  const next = seededRandom(1);
  for (const [name, a] of Object.entries(base)) {
    const b = change[name] ?? [];
    const all = a.map((_, i) => i);
    const delta = (picks: readonly number[]) => {
      const x = figures(sum(a, picks));
      const y = figures(sum(b, picks));
      return [y.f1 - x.f1, y.headless - x.headless, y.exact - x.exact];
    };
    const observed = delta(all);
    const draws = Array.from({ length: RESAMPLES }, () =>
      delta(all.map(() => Math.floor(next() * all.length))),
    );
    const sd = observed.map((_, k) => {
      const values = draws.map((d) => d[k] as number);
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
    });
    const show = (k: number) =>
      `${(observed[k] as number) >= 0 ? "+" : ""}${(observed[k] as number).toFixed(4)} (sd ${(sd[k] as number).toFixed(4)})`;
    console.log(`${name.padEnd(8)} F1 ${show(0)}  headless ${show(1)}  exact ${show(2)}`);
  }
}

main();
