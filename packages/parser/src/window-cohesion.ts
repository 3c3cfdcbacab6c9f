import { COMPARED_WINDOW } from "./gap-windows.js";
import { IdList } from "./id-list.js";
import type { LexicalFeatures } from "./lexical-features.js";
import { STEM_IDF } from "./term-idf.js";
import { TermSet } from "./term-set.js";
import { STEMS } from "./term-store.js";
import type { FeatureTable } from "./text-features.js";

// Paragraphs from the would-be lede on, and just before it, whose words are compared.
const AFTER = COMPARED_WINDOW;
const BEFORE = COMPARED_WINDOW;

/**
 * How much the paragraphs from body[g] on hold together with each other, more than with the
 * paragraphs just before the gap (back to the article's start at body[start]), in [-1, 1]: the
 * mean idf-weighted cosine of their words, pair by pair, within the window after less that
 * across the gap. A new story's first paragraphs share its own names and words;
 * a story going on shares them across the gap as much. Both windows are a few paragraphs, however
 * long the article before, so a long story's wide vocabulary does not count against a start
 * after it, and the measure is no proxy for the article's length. NaN where the window after has
 * a single paragraph. Reads no further than body[g + AFTER]: the gap's right window.
 */
export function afterHoldsTogether(
  table: FeatureTable,
  body: readonly number[],
  start: number,
  g: number,
): number {
  const after = proseAfter(table, body, g);
  const n = after.length;
  const from = Math.max(start, g - BEFORE);
  if (n < 2 || g <= from) return Number.NaN;
  sumPairsAfter(table, body, after, from, g);
  return sums.within / ((n * (n - 1)) / 2) - sums.across / (n * (g - from));
}

/**
 * How much the article so far, from body[start] to the gap, and the paragraphs from body[g] on
 * each hold together among themselves, more than across the gap, in [-1, 1]: the mean
 * idf-weighted cosine of the pairs within either side less that of the pairs across. Where the
 * article before is short the window before is all of it (a short story is its own window, and
 * a story missed after it no window before can hold), so it is meant for gaps a few paragraphs
 * after a start. NaN where neither side has a pair. Reads no further than body[g + AFTER].
 */
export function stretchHoldsApart(
  table: FeatureTable,
  body: readonly number[],
  start: number,
  g: number,
): number {
  const after = proseAfter(table, body, g);
  const n = after.length;
  const before = g - start;
  if (n === 0 || before === 0 || (n < 2 && before < 2)) return Number.NaN;
  sumPairsAfter(table, body, after, start, g);
  let within = sums.within;
  for (let i = start; i < g; i++) {
    const p = body[i] as number;
    for (let j = i + 1; j < g; j++) within += pairSimilarity(table, p, body[j] as number);
  }
  const pairsWithin = (n * (n - 1)) / 2 + (before * (before - 1)) / 2;
  return within / pairsWithin - sums.across / (n * before);
}

/**
 * The idf-weighted cosines of the window after's paragraphs, summed over their pairs (`within`)
 * and over their pairs with body[from] to body[g - 1] (`across`), into `sums`.
 */
function sumPairsAfter(
  table: FeatureTable,
  body: readonly number[],
  after: IdList,
  from: number,
  g: number,
): void {
  const n = after.length;
  let within = 0;
  let across = 0;
  for (let i = 0; i < n; i++) {
    const p = after.items[i] as number;
    for (let j = i + 1; j < n; j++) within += pairSimilarity(table, p, after.items[j] as number);
    for (let j = from; j < g; j++) across += pairSimilarity(table, p, body[j] as number);
  }
  sums.within = within;
  sums.across = across;
}

// sumPairsAfter's two sums: one object, reused at every gap.
const sums = { within: 0, across: 0 };

/**
 * The window after: the prose under the gap. A headline, a dek or a name line over a lede shares
 * few words with it, and read as prose would make a headed story's start look like a window that
 * does not hold together (a headline-credits test merged such a story).
 */
function proseAfter(table: FeatureTable, body: readonly number[], g: number): IdList {
  const after = afterWindow;
  after.clear();
  const scanEnd = Math.min(body.length, g + AFTER_SCAN);
  for (let k = g; k < scanEnd && after.length < AFTER; k++) {
    const p = body[k] as number;
    if (!table.paragraphs[p]?.headlineLike) after.push(p);
  }
  return after;
}

// Paragraphs under the gap looked through for the window after's prose.
const AFTER_SCAN = AFTER + 1;
// The window after's paragraphs: one list, reused.
const afterWindow = new IdList();

// The stems of the paragraph compared with the others: paragraph `loadedAt` of `pairTable`.
const loaded = new TermSet();
let loadedAt = -1;
// Its idf-weighted norm, in a typed array: a double written to a module's variable, or passed to
// a call that is not inlined, is a new heap number.
const loadedNormOf = new Float64Array(1);

// The cosines of the pairs compared lately, by their paragraphs' indices in `pairTable` (one
// piece's, its paragraphs fixed): a gap's windows are mostly the gap before's moved by one, and
// both measures at a gap compare the same pairs after it. Direct-mapped: a clash overwrites.
const PAIRS = 1024;
const pairLoaded = new Int32Array(PAIRS).fill(-1);
const pairOther = new Int32Array(PAIRS);
const pairCosine = new Float64Array(PAIRS);
let pairTable: FeatureTable | undefined;

/** similarityInto() of paragraphs p (loaded) and q, from the pairs compared lately if there. */
function pairSimilarity(table: FeatureTable, p: number, q: number): number {
  if (table !== pairTable) {
    pairTable = table;
    pairLoaded.fill(-1);
    loadedAt = -1;
  }
  const slot = (Math.imul(p, 0x9e3779b1) ^ q) & (PAIRS - 1);
  if (pairLoaded[slot] === p && pairOther[slot] === q) return pairCosine[slot] as number;
  if (loadedAt !== p) {
    load(table.lexical(p));
    loadedAt = p;
  }
  similarityInto(slot, table, q);
  pairLoaded[slot] = p;
  pairOther[slot] = q;
  return pairCosine[slot] as number;
}

/** Puts the paragraph's stems into `loaded`, their idf-weighted norm into `loadedNormOf`. */
function load(f: LexicalFeatures): void {
  loaded.clear();
  // A paragraph's stems are each listed once (lexical-features.ts).
  const to = f.to(STEMS);
  for (let i = f.from(STEMS); i < to; i++) loaded.add(f.terms[i] as number);
  loadedNormOf[0] = normOf(f);
}

/**
 * The cosine of paragraph p's stems with the loaded ones, each weighted by its idf, written to
 * pairCosine[slot]: V8 does not inline this, and a double it returned would be a new heap number
 * at each pair compared.
 */
function similarityInto(slot: number, table: FeatureTable, p: number): void {
  const f = table.lexical(p);
  const loadedNorm = loadedNormOf[0] as number;
  const norm = normOf(f);
  let shared = 0;
  const to = f.to(STEMS);
  for (let i = f.from(STEMS); i < to; i++) {
    const t = f.terms[i] as number;
    if (!loaded.has(t)) continue;
    const w = STEM_IDF.get(t);
    shared += w * w;
  }
  pairCosine[slot] = loadedNorm === 0 || norm === 0 ? 0 : shared / (loadedNorm * norm);
}

// The idf-weighted norms of the paragraphs compared last, by their records: a gap's seven
// paragraphs are most of the next gap's, and each is compared several times at each gap.
const NORMS = 8;
const normRecords: (LexicalFeatures | undefined)[] = new Array(NORMS).fill(undefined);
const normValues = new Float64Array(NORMS);
let normNext = 0;

/** The idf-weighted norm of a paragraph's stems. */
function normOf(f: LexicalFeatures): number {
  for (let i = 0; i < NORMS; i++) if (normRecords[i] === f) return normValues[i] as number;
  let squares = 0;
  const to = f.to(STEMS);
  for (let i = f.from(STEMS); i < to; i++) {
    const w = STEM_IDF.get(f.terms[i] as number);
    squares += w * w;
  }
  const norm = Math.sqrt(squares);
  normRecords[normNext] = f;
  normValues[normNext] = norm;
  normNext = (normNext + 1) % NORMS;
  return norm;
}
