import type { LexicalFeatures } from "./lexical-features.js";
import type { IdfTable } from "./term-idf.js";
import { TermSet } from "./term-set.js";

/** Terms a gap's left side used: the recent paragraphs' window (TermWindow) or a plain set. */
export interface KnownTerms {
  has(term: number): boolean;
}

// The would-be lede's terms and those of the paragraphs after it, gathered per gap into sets
// that keep their storage from gap to gap.
const ledeTerms = new TermSet();
const laterTerms = new TermSet();

/**
 * Share, weighted by idf, of the words the would-be lede brings in (its stems the paragraphs
 * before the gap did not use) that the paragraphs after it use again. A new story's lede sets
 * out its subject and the story keeps to it; a paragraph inside a story that strays for a
 * sentence (an aside, a quote, some background) is not taken up. The cast's recurrence
 * (newCastRecurs) says the same of names, which a story told without names lacks.
 * `window[0]` is the lede, `window[1..n)` the paragraphs after it; 0 with none after it.
 */
export function newWordsRecur(
  window: readonly LexicalFeatures[],
  n: number,
  known: KnownTerms,
  idf: IdfTable,
): number {
  if (n < 2) return 0;
  gatherLater(window, n);
  const stems = (window[0] as LexicalFeatures).stems;
  let brought = 0;
  let recurring = 0;
  for (let i = 0; i < stems.length; i++) {
    const t = stems[i] as number;
    if (known.has(t)) continue;
    const weight = idf.get(t);
    brought += weight;
    if (laterTerms.has(t)) recurring += weight;
  }
  return brought === 0 ? 0 : recurring / brought;
}

/**
 * Whether the paragraphs after the would-be lede follow on from it or from the paragraph before
 * the gap: of their words, weighted by idf, the share the lede used less the share the paragraph
 * before used, mapped from [-1, 1] to [0, 1] (0.5: as much of either). Inside a story the next
 * paragraphs draw on both; after a new story's lede they draw on it alone.
 */
export function ledeLeadsOn(
  window: readonly LexicalFeatures[],
  n: number,
  previous: LexicalFeatures | null,
  idf: IdfTable,
): number {
  if (n < 2) return 0.5;
  ledeTerms.clear();
  for (const t of (window[0] as LexicalFeatures).stems) ledeTerms.add(t);
  laterTerms.clear();
  let total = 0;
  let fromLede = 0;
  for (let k = 1; k < n; k++) {
    const stems = (window[k] as LexicalFeatures).stems;
    for (let i = 0; i < stems.length; i++) {
      const t = stems[i] as number;
      if (!laterTerms.add(t)) continue;
      const weight = idf.get(t);
      total += weight;
      if (ledeTerms.has(t)) fromLede += weight;
    }
  }
  const before = previous?.stems ?? [];
  let fromBefore = 0;
  for (let i = 0; i < before.length; i++) {
    const t = before[i] as number;
    if (laterTerms.has(t)) fromBefore += idf.get(t);
  }
  return total === 0 ? 0.5 : (1 + (fromLede - fromBefore) / total) / 2;
}

/** Puts the stems of window[1..n) into laterTerms. */
function gatherLater(window: readonly LexicalFeatures[], n: number): void {
  laterTerms.clear();
  for (let k = 1; k < n; k++) {
    const stems = (window[k] as LexicalFeatures).stems;
    for (let i = 0; i < stems.length; i++) laterTerms.add(stems[i] as number);
  }
}
