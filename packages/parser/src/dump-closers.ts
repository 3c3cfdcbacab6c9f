import type { Head } from "./article-span.js";
import { codeUnitsOf } from "./code-units.js";
import { IdList } from "./id-list.js";
import { standsAnywhere } from "./page-debris.js";
import { ParagraphMemo } from "./paragraph-memo.js";
import { TermSet } from "./term-set.js";
import type { FeatureTable } from "./text-features.js";
import { FNV_OFFSET, FNV_PRIME, termIdOf } from "./words.js";

// A closing line is short: a sign-off, a contact line, a copyright line, an author's note.
const CLOSER_MOST_WORDS = 60;
// Fewer words than this say too little to be told from any short line.
const CLOSER_FEWEST_WORDS = 3;
// Share of the two lines' words (Jaccard) from which one repeats the other's pattern.
const CLOSER_OVERLAP = 0.4;
// The most closing lines kept from a dump's explicit starts.
const MOST_CLOSERS = 32;
// Scratch for one paragraph's distinct words, in the order first read, and the set that tells
// a word read again: a paragraph of a few dozen words looked each up in the list before.
const found = new IdList();
const seen = new TermSet();

/**
 * The distinct words of a short paragraph (runs of ASCII letters, case folded), each as the term
 * id of its lower-cased letters (words.ts), read in one pass over its code units; null for a paragraph of `mostWords` words
 * or more, or of fewer than CLOSER_FEWEST_WORDS distinct ones. The list returned is scratch,
 * overwritten by the next call.
 */
export function closerWords(
  table: FeatureTable,
  at: number,
  mostWords = CLOSER_MOST_WORDS,
): IdList | null {
  // The count the paragraph's lexical record holds: the gap's score reads that record anyway,
  // where counting a long paragraph's words apart reads all of it once more.
  if (table.lexical(at).words >= mostWords) return null;
  const text = table.text(at);
  const units = codeUnitsOf(text);
  found.clear();
  seen.clear();
  let hash = FNV_OFFSET;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = (units[i] as number) | 0x20;
    if (c >= 97 && c <= 122) {
      hash = Math.imul(hash ^ c, FNV_PRIME);
      letters++;
    } else if (letters > 0) {
      const id = termIdOf(hash);
      if (seen.add(id)) found.push(id);
      hash = FNV_OFFSET;
      letters = 0;
    }
  }
  if (letters > 0) {
    const id = termIdOf(hash);
    if (seen.add(id)) found.push(id);
  }
  return found.length < CLOSER_FEWEST_WORDS ? null : found;
}

/**
 * The lines that close the stories above a dump's explicit starts (the paragraph right above a
 * headline, byline or separator): one source closes its stories alike ("Write to ...", "...
 * contributed to this report", a syndicate's copyright, the columnist's note), so a paragraph
 * inside a stretch that repeats one of them closes a story there too. Each closing line's words
 * are indexed (word -> lines), so a paragraph is compared with all of them in one pass over its
 * words, and each paragraph's answer is kept for the table it was asked in.
 */
export class DumpClosers {
  private readonly lines = new Map<number, number[]>();
  private readonly sizes: number[] = [];
  private readonly mostWords: number;
  private readonly shared = new Int32Array(MOST_CLOSERS);
  private readonly repeated = new ParagraphMemo((table, at) => this.matches(table, at));

  constructor(sets: readonly (readonly number[])[]) {
    let longest = 0;
    for (const set of sets) {
      longest = Math.max(longest, set.length);
      const line = this.sizes.length;
      this.sizes.push(set.length);
      for (const word of set) {
        const list = this.lines.get(word);
        if (list === undefined) this.lines.set(word, [line]);
        else list.push(line);
      }
    }
    this.mostWords = Math.min(CLOSER_MOST_WORDS, Math.floor(longest / CLOSER_OVERLAP) + 1);
  }

  get size(): number {
    return this.sizes.length;
  }

  /**
   * Paragraph `at` of `table` (prose or page debris) repeats the pattern of a closing line. A
   * closing line itself stands right above an explicit start, where no gap inside a stretch
   * asks of it.
   */
  repeats(table: FeatureTable, at: number): boolean {
    return this.sizes.length > 0 && this.repeated.answer(table, at);
  }

  private matches(table: FeatureTable, at: number): boolean {
    // A paragraph of more than 1 / CLOSER_OVERLAP times the longest closing line's words cannot
    // share that much of its words with any (counted in words, not distinct ones: cheaper).
    const words = closerWords(table, at, this.mostWords);
    if (words === null) return false;
    const shared = this.shared;
    shared.fill(0, 0, this.sizes.length);
    for (let w = 0; w < words.length; w++) {
      const list = this.lines.get(words.items[w] as number);
      if (list !== undefined) for (const line of list) shared[line] = (shared[line] as number) + 1;
    }
    for (let line = 0; line < this.sizes.length; line++) {
      const both = shared[line] as number;
      if (both >= CLOSER_OVERLAP * (words.length + (this.sizes[line] as number) - both))
        return true;
    }
    return false;
  }
}

export const NO_CLOSERS = new DumpClosers([]);

/**
 * The closing lines above the explicit starts `heads` (after the first) that open before
 * paragraph `before`, page debris among them but what stands anywhere (standsAnywhere);
 * `ledes`: the first paragraphs under them instead (a measuring tool's), debris left out.
 */
export function dumpClosers(
  table: FeatureTable,
  heads: readonly Head[],
  before = Number.POSITIVE_INFINITY,
  ledes = false,
): DumpClosers {
  const sets: number[][] = [];
  for (let h = ledes ? 0 : 1; h < heads.length && sets.length < MOST_CLOSERS; h++) {
    const head = heads[h] as Head;
    const first = head.span.first;
    if (first >= before) break;
    const at = ledes ? head.bodyStart : first - 1;
    if (at < 0) continue;
    // A source's write-to, follow-us or copyright line closes its stories alike, debris or not;
    // a picture's credit, a link to other coverage or a player stands anywhere on a page, above
    // a headline as often as inside a story.
    if (table.paragraphs[at]?.kind === "boilerplate" && (ledes || standsAnywhere(table.text(at))))
      continue;
    const terms = closerWords(table, at);
    if (terms === null) continue;
    sets.push(terms.items.slice(0, terms.length));
  }
  return sets.length === 0 ? NO_CLOSERS : new DumpClosers(sets);
}
