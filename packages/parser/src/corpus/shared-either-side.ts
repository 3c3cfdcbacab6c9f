import { KEYS, STEMS } from "../term-store.js";
import type { FeatureTable } from "../text-features.js";

/**
 * How many distinct names and stems paragraph p shares with the text paragraphs before it
 * (`before` of them, none before `first`) and after it (`after`, none past `last`): which side
 * of a cut a paragraph coheres with, for the counting tools.
 */
export function sharedEitherSide(
  table: FeatureTable,
  p: number,
  first: number,
  last: number,
  windows: { before: number; after: number },
): { before: number; after: number } {
  const above = new Set<string>();
  const below = new Set<string>();
  for (let j = Math.max(first, p - windows.before); j < p; j++) collect(table, j, above);
  for (let j = p + 1; j <= Math.min(last, p + windows.after); j++) collect(table, j, below);
  const own = new Set<string>();
  collect(table, p, own);
  let before = 0;
  let after = 0;
  for (const term of own) {
    if (above.has(term)) before++;
    if (below.has(term)) after++;
  }
  return { before, after };
}

/** The side a paragraph shares more with, and by how much, as a label. */
export function cohesionSide({ before, after }: { before: number; after: number }): string {
  if (after > before + 1) return "after by 2+";
  if (after > before) return "after by 1";
  if (after === before) return "tie";
  if (before > after + 1) return "before by 2+";
  return "before by 1";
}

function collect(table: FeatureTable, p: number, into: Set<string>): void {
  if (table.paragraphs[p]?.kind !== "text") return;
  const f = table.lexical(p);
  for (const kind of [KEYS, STEMS] as const) {
    for (let i = f.from(kind); i < f.to(kind); i++) into.add(`${kind}:${f.terms[i]}`);
  }
}
