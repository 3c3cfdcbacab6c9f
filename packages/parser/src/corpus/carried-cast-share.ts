import { KEYS } from "../term-store.js";
import type { TermWindow } from "../term-window.js";
import type { FeatureTable } from "../text-features.js";

/** Windows after the gap, as [first, last) offsets from the would-be lede. */
export const WINDOWS: readonly (readonly [number, number])[] = [
  [0, 4],
  [1, 5],
  [3, 13],
];
export const WINDOW_NAMES = WINDOWS.map(([a, b]) => `carried ${a + 1}-${b}`);

/** Share of body[g+a..g+b) that name a surname in `surnames`, 0 where the window is empty. */
export function carriedShare(
  table: FeatureTable,
  body: readonly number[],
  g: number,
  [a, b]: readonly [number, number],
  surnames: TermWindow,
): number {
  if (surnames.length === 0) return 0;
  let n = 0;
  let naming = 0;
  for (let k = g + a; k < body.length && k < g + b; k++) {
    n++;
    const f = table.lexical(body[k] as number);
    const to = f.to(KEYS);
    for (let i = f.from(KEYS); i < to; i++) {
      if (surnames.has(f.terms[i] as number)) {
        naming++;
        break;
      }
    }
  }
  return n === 0 ? 0 : naming / n;
}
