import { RECENT_WINDOW, RIGHT_WINDOW } from "./gap-windows.js";
import type { LexicalFeatures } from "./lexical-features.js";
import { TermSet } from "./term-set.js";
import { KEYS, STEMS, type TermKind } from "./term-store.js";
import type { FeatureTable } from "./text-features.js";

/**
 * How far a boundary found from the text alone may move back. A feature article opens on a
 * scene or an anecdote with no one named in it ("The phone went into a small wooden box..."),
 * so its lede scores low; the paragraph after it, which introduces the cast by full name, passes
 * the threshold instead. Such a lede runs a paragraph or two.
 */
export const MAX_PULL = 2;

/**
 * Moves a boundary found before body[cut] back onto the paragraphs just above it that belong
 * with the article after it (see belongsAfter); the article before keeps at least `min`
 * paragraphs past body[segmentStart]. Returns the boundary's final position in `body`.
 */
export function pullBoundaryBack(
  table: FeatureTable,
  body: readonly number[],
  segmentStart: number,
  cut: number,
  min: number,
): number {
  let start = cut;
  for (let pulled = 0; pulled < MAX_PULL; pulled++) {
    const candidate = start - 1;
    if (candidate - segmentStart < min) break;
    // A closing quote or a paragraph that opens with "He" or "But" ends the story before; one
    // that opens with a pronoun as its subject may open a feature's lede, if its words carry on.
    const paragraph = body[candidate] as number;
    const continues = table.paragraphs[paragraph]?.continuationOpening === true;
    if (continues && !PRONOUN_SUBJECT.test(table.text(paragraph))) break;
    if (!belongsAfter(table, body, segmentStart, candidate, continues ? CONTINUATION_SHARED : 1))
      break;
    start = candidate;
  }
  return start;
}

// Names and stems are ids of two kinds that may coincide, so each has its own sets.
const keysBefore = new TermSet();
const keysAfter = new TermSet();
const stemsBefore = new TermSet();
const stemsAfter = new TermSet();
const counted = new TermSet();

// Terms a paragraph that opens with a pronoun must share with the paragraphs after it (and more
// than with those before) to open the story below: a feature's lede now and then opens so ("They
// have saved for a house for six years..."), its cast named and its subject taken up at once
// below. Quotes and conjunctions stay where they are: let through too, they closed stories and
// cost the validation fold 0.003 of F1 (docs/tried.md, "Fixture cases").
const CONTINUATION_SHARED = 2;
// A personal pronoun as the first sentence's subject.
const PRONOUN_SUBJECT = /^(?:He|She|It|They|We|I)\s/;

/**
 * Whether body[k] shares more of its names and content words with the paragraphs after it than
 * with the recent ones before it, and at least `least` of them, in its article: it opens the
 * next story, not closes this one. A paragraph that shares nothing with either stays where it is.
 */
function belongsAfter(
  table: FeatureTable,
  body: readonly number[],
  segmentStart: number,
  k: number,
  least: number,
): boolean {
  keysBefore.clear();
  stemsBefore.clear();
  keysAfter.clear();
  stemsAfter.clear();
  for (let j = Math.max(segmentStart, k - RECENT_WINDOW); j < k; j++) {
    collect(table.lexical(body[j] as number), keysBefore, stemsBefore);
  }
  for (let j = k + 1; j <= Math.min(body.length - 1, k + RIGHT_WINDOW); j++) {
    collect(table.lexical(body[j] as number), keysAfter, stemsAfter);
  }
  const paragraph = table.lexical(body[k] as number);
  const before = shared(paragraph, KEYS, keysBefore) + shared(paragraph, STEMS, stemsBefore);
  const after = shared(paragraph, KEYS, keysAfter) + shared(paragraph, STEMS, stemsAfter);
  return after > before && after >= least;
}

function collect(f: LexicalFeatures, keys: TermSet, stems: TermSet): void {
  for (let i = f.from(KEYS); i < f.to(KEYS); i++) keys.add(f.terms[i] as number);
  for (let i = f.from(STEMS); i < f.to(STEMS); i++) stems.add(f.terms[i] as number);
}

/** How many distinct terms of the paragraph's list of that kind the set holds. */
function shared(f: LexicalFeatures, kind: TermKind, set: TermSet): number {
  counted.clear();
  let count = 0;
  for (let i = f.from(kind); i < f.to(kind); i++) {
    const term = f.terms[i] as number;
    if (counted.add(term) && set.has(term)) count++;
  }
  return count;
}
