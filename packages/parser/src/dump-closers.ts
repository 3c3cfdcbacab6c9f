import type { Head } from "./article-span.js";
import type { FeatureTable } from "./text-features.js";

// A closing line is short: a sign-off, a contact line, a copyright line, an author's note.
const CLOSER_MOST_WORDS = 60;
// Fewer words than this say too little to be told from any short line.
const CLOSER_FEWEST_WORDS = 3;
// Share of the two lines' words (Jaccard) from which one repeats the other's pattern.
const CLOSER_OVERLAP = 0.4;
// The most closing lines kept from a dump's explicit starts: each scored gap compares with each.
const MOST_CLOSERS = 32;

const WORD = /[a-z]+/g;

/**
 * The lower-cased words (runs of a-z) of a short paragraph, as a set; null for a paragraph of
 * more than CLOSER_MOST_WORDS words or fewer than CLOSER_FEWEST_WORDS distinct ones.
 */
export function closerWords(text: string): Set<string> | null {
  let spaces = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) spaces++;
  if (spaces >= CLOSER_MOST_WORDS) return null;
  const words = new Set(text.toLowerCase().match(WORD));
  return words.size < CLOSER_FEWEST_WORDS ? null : words;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * The lines that close the stories above a dump's explicit starts (the paragraph right above a
 * headline, byline or separator): one source closes its stories alike ("Write to ...", "...
 * contributed to this report", a syndicate's copyright, the columnist's note), so a paragraph
 * inside a stretch that repeats one of them closes a story there too.
 */
export class DumpClosers {
  constructor(private readonly sets: readonly ReadonlySet<string>[]) {}

  get size(): number {
    return this.sets.length;
  }

  /**
   * Paragraph `at` repeats the pattern of a closing line. A closing line itself stands right
   * above an explicit start, where no gap inside a stretch asks of it.
   */
  repeats(table: FeatureTable, at: number, bar = CLOSER_OVERLAP): boolean {
    if (this.sets.length === 0 || table.paragraphs[at]?.kind === "boilerplate") return false;
    const words = closerWords(table.text(at));
    if (words === null) return false;
    for (const set of this.sets) if (overlap(words, set) >= bar) return true;
    return false;
  }
}

export const NO_CLOSERS = new DumpClosers([]);

/**
 * The closing lines above the explicit starts `heads` (after the first) that open before
 * paragraph `before`: the dump's first lines, so that every piece of a large dump reads the same.
 */
export function dumpClosers(
  table: FeatureTable,
  heads: readonly Head[],
  before = Number.POSITIVE_INFINITY,
  ledes = false,
): DumpClosers {
  const sets: ReadonlySet<string>[] = [];
  for (let h = ledes ? 0 : 1; h < heads.length && sets.length < MOST_CLOSERS; h++) {
    const head = heads[h] as Head;
    const first = head.span.first;
    if (first >= before) break;
    const at = ledes ? head.bodyStart : first - 1;
    // Page debris (a caption, a credit, a promotion) stands anywhere on a page, above a
    // headline as often as inside a story.
    if (at < 0 || table.paragraphs[at]?.kind === "boilerplate") continue;
    const words = closerWords(table.text(at));
    if (words === null) continue;
    sets.push(words);
  }
  return sets.length === 0 ? NO_CLOSERS : new DumpClosers(sets);
}
