import { COMPARED_WINDOW } from "./gap-windows.js";
import { STEMS } from "./term-store.js";
import type { FeatureTable } from "./text-features.js";

// The article's paragraphs just before the gap, and those from the would-be lede on, whose
// words are compared.
const BEFORE = COMPARED_WINDOW;
const AFTER = COMPARED_WINDOW;

/**
 * The Jensen-Shannon divergence, in bits (0 to 1), between the stems of the article's last
 * paragraphs before body[g] (back to its start at body[start]) and those of the paragraphs from
 * body[g] on, each stem counted once a paragraph that uses it: how far the mix of words moves
 * across the gap, where the cohesion features ask which rare words the two sides share. On the
 * training outlets it told the true starts the decoder scores under its floor from the other
 * gaps there best of the measures tried (docs/tried.md). 0 where either side has no words. Reads no
 * further than body[g + AFTER], inside the gap's right window.
 */
export function vocabularyDivergence(
  table: FeatureTable,
  body: readonly number[],
  start: number,
  g: number,
): number {
  const left = sortedStems(table, body, Math.max(start, g - BEFORE), g, leftScratch);
  leftScratch = left.scratch;
  const right = sortedStems(table, body, g, Math.min(body.length, g + AFTER), rightScratch);
  rightScratch = right.scratch;
  if (left.n === 0 || right.n === 0) return 0;
  const a = left.scratch;
  const b = right.scratch;
  let i = 0;
  let j = 0;
  let divergence = 0;
  while (i < left.n || j < right.n) {
    const t = Math.min(i < left.n ? (a[i] as number) : MAX, j < right.n ? (b[j] as number) : MAX);
    let p = 0;
    let q = 0;
    while (i < left.n && a[i] === t) {
      p++;
      i++;
    }
    while (j < right.n && b[j] === t) {
      q++;
      j++;
    }
    p /= left.n;
    q /= right.n;
    const m = (p + q) / 2;
    if (p > 0) divergence += 0.5 * p * Math.log2(p / m);
    if (q > 0) divergence += 0.5 * q * Math.log2(q / m);
  }
  return Math.min(1, Math.max(0, divergence));
}

const MAX = 2 ** 31 - 1;
// Stem lists of a few paragraphs, reused from gap to gap (grown where a side holds more).
let leftScratch: Int32Array = new Int32Array(512);
let rightScratch: Int32Array = new Int32Array(512);

/** The stems of body[from .. to), sorted in `scratch` (grown if need be), and how many. */
function sortedStems(
  table: FeatureTable,
  body: readonly number[],
  from: number,
  to: number,
  scratch: Int32Array,
): { scratch: Int32Array; n: number } {
  let n = 0;
  for (let k = from; k < to; k++) {
    const lexical = table.lexical(body[k] as number);
    n += lexical.to(STEMS) - lexical.from(STEMS);
  }
  let into: Int32Array = scratch;
  if (into.length < n) into = new Int32Array(n * 2);
  n = 0;
  for (let k = from; k < to; k++) {
    const lexical = table.lexical(body[k] as number);
    const end = lexical.to(STEMS);
    for (let i = lexical.from(STEMS); i < end; i++) into[n++] = lexical.terms[i] as number;
  }
  into.subarray(0, n).sort();
  return { scratch: into, n };
}
