import { wordsOf } from "../title-words.js";

/**
 * Lower-case word tokens, as ROUGE compares them: the words the runtime's title-word choice
 * counts (title-words.ts), so that what it expects to share is what is measured.
 */
export function tokens(text: string): string[] {
  return wordsOf(text.toLowerCase());
}

function f1(overlap: number, candidate: number, reference: number): number {
  if (overlap === 0 || candidate === 0 || reference === 0) return 0;
  const p = overlap / candidate;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
}

/** ROUGE-1 F1: shared words (with multiplicity) between a candidate and a reference. */
export function rouge1(candidate: string, reference: string): number {
  const c = tokens(candidate);
  const r = tokens(reference);
  const counts = new Map<string, number>();
  for (const w of r) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of c) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(w, n - 1);
    }
  }
  return f1(overlap, c.length, r.length);
}

/** ROUGE-L F1: the longest common word subsequence. */
export function rougeL(candidate: string, reference: string): number {
  const c = tokens(candidate);
  const r = tokens(reference);
  const row = new Array<number>(r.length + 1).fill(0);
  for (const word of c) {
    let diagonal = 0;
    for (let j = 1; j <= r.length; j++) {
      const above = row[j] as number;
      row[j] = word === r[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return f1(row[r.length] as number, c.length, r.length);
}
