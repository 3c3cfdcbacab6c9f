// The subpath, not the package index: the index loads zod and pino, a fifth of the cold start.
import { UserError } from "@newsdesk/config/user-error";
import { type FlatTrie, numberTrie } from "./flat-trie.js";
import { PLAIN_LOWERCASE } from "./plain-names.js";
import { splitLowerCaseOnly, termProblem } from "./term-syntax.js";
import { type TokenList, tokenize } from "./tokenize.js";
import type { BeatDefinition, FrameDefinition, Taxonomy } from "./types.js";
import { buildPhraseTrie, WordIds } from "./word-ids.js";

/**
 * How a term's word must be capitalized in the text. LowerOnly is the `_` prefix (term-syntax):
 * the word must not start with a capital.
 */
export const CaseRule = { Any: 0, Capitalized: 1, Exact: 2, LowerOnly: 3 } as const;
export type CaseRule = (typeof CaseRule)[keyof typeof CaseRule];

/** One surface form of a term, with the beats it counts for. */
export interface LexiconEntry {
  term: string;
  words: string[];
  caseRules: CaseRule[];
  /**
   * The beats it counts for (the beat and all its ancestors) and the weight for each, side by
   * side in the order first listed: what tallying reads without allocating. Two lists rather
   * than a Map per entry: twenty thousand Maps were a tenth of loading the taxonomy.
   */
  beatList: number[];
  weightList: number[];
  /** Position among all entries: where tallying counts its repeats (BeatLexicon.repeats). */
  index: number;
  /**
   * Per word, for CaseRule.Exact: the uppercase form without dots the text must show (empty
   * when no word has that rule).
   */
  exact: string[];
  /**
   * caseRules again as one number, two bits a word (word k at bits 2k and 2k + 1), and the
   * number of words: what tallying reads, without loading the rules' array for each match.
   */
  caseBits: number;
  size: number;
}

/** A frame ready to apply: what it discounts (its evidence is tallied after the beats'). */
export interface CompiledFrame {
  full: number;
  /** The beats it discounts (a named beat and its sub-beats), with the share each keeps. */
  targets: number[];
  keeps: number[];
}

/** A compiled taxonomy: a phrase table over lowercase words. */
export interface BeatLexicon {
  beats: BeatDefinition[];
  /** The taxonomy's frames; their evidence is tallied in the slots after the beats'. */
  frames: CompiledFrame[];
  /** Index of each beat's parent, -1 for top-level beats. */
  parents: number[];
  fallback: number;
  /** Lowercase phrase ("peace talks") -> its entries (one per capitalization rule). */
  phrases: Map<string, LexiconEntry[]>;
  /** First word -> longest phrase length starting with it. */
  maxWords: Map<string, number>;
  /**
   * The phrases again, keyed by word ids in `words`, with numbered nodes: what matching walks
   * (numberTrie; dist/compiled-data.bin stores it as it is).
   */
  flat: FlatTrie<LexiconEntry[]>;
  words: WordIds;
  /**
   * Per entry index, how often the article being tallied matched it so far; zero between
   * calls. A Map keyed by entries per article cost a tenth of tallying.
   */
  repeats: Uint32Array;
}

/** Raised when a taxonomy file is not usable; the message says what to fix. */
export class TaxonomyError extends UserError {
  override name = "TaxonomyError";
}

/**
 * Compiles a taxonomy into a phrase table: each term, with its inflections, to beat weights.
 * `words` is the word table shared with the other matchers (see splitZones).
 */
export function compileTaxonomy(taxonomy: Taxonomy, words = new WordIds()): BeatLexicon {
  const beats = taxonomy.beats;
  const index = new Map<string, number>();
  beats.forEach((b, i) => {
    if (index.has(b.id)) throw new TaxonomyError(`beat "${b.id}" is defined twice in the taxonomy`);
    index.set(b.id, i);
  });
  const parents = beats.map((b) => {
    if (b.parent === undefined) return -1;
    const p = index.get(b.parent);
    if (p === undefined) {
      throw new TaxonomyError(
        `beat "${b.id}" names parent "${b.parent}", which the taxonomy lacks`,
      );
    }
    return p;
  });
  const phrases = new Map<string, LexiconEntry[]>();
  const maxWords = new Map<string, number>();
  const addEvidence = (what: string, evidence: Record<string, string[]>, slot: number) => {
    for (const [weightText, terms] of Object.entries(evidence)) {
      const weight = Number(weightText);
      if (!Number.isFinite(weight)) {
        throw new TaxonomyError(`${what} has evidence weight "${weightText}": use a number`);
      }
      for (const term of terms) {
        const problem = termProblem(term);
        if (problem) throw new TaxonomyError(`${what}: ${problem}`);
        const { lowerOnly, rest } = splitLowerCaseOnly(term);
        for (const form of surfaceForms(rest)) {
          addForm(phrases, maxWords, term, form, slot, weight, parents, lowerOnly);
        }
      }
    }
  };
  beats.forEach((beat, beatIndex) => {
    addEvidence(`beat "${beat.id}"`, beat.evidence, beatIndex);
  });
  const frames = compileFrames(taxonomy, parents);
  (taxonomy.frames ?? []).forEach((frame, f) => {
    addEvidence(`frame "${frame.id}"`, frame.evidence, beats.length + f);
  });
  let entryCount = 0;
  for (const list of phrases.values()) for (const e of list) e.index = entryCount++;
  const fallback = taxonomy.fallback === undefined ? -1 : (index.get(taxonomy.fallback) ?? -1);
  return {
    beats,
    frames,
    parents,
    fallback,
    phrases,
    maxWords,
    flat: numberTrie(buildPhraseTrie(phrases, words)),
    words,
    repeats: new Uint32Array(entryCount),
  };
}

/**
 * The taxonomy's frames with their targets by beat index; a frame's evidence goes to slot
 * `beats.length + f`. `parents` is the beats' parent indexes (compileTaxonomy).
 */
export function compileFrames(taxonomy: Taxonomy, parents: number[]): CompiledFrame[] {
  const { beats } = taxonomy;
  return (taxonomy.frames ?? []).map((frame: FrameDefinition) => {
    if (!(frame.full > 0)) {
      throw new TaxonomyError(
        `frame "${frame.id}" needs "full": the evidence at which it holds fully, a number above 0`,
      );
    }
    const targets: number[] = [];
    const keeps: number[] = [];
    for (const [id, keep] of Object.entries(frame.discount)) {
      const target = beats.findIndex((b) => b.id === id);
      if (target < 0 || !(keep >= 0 && keep <= 1)) {
        throw new TaxonomyError(
          `frame "${frame.id}" discounts "${id}" by ${keep}: name a beat of the taxonomy and a share from 0 to 1`,
        );
      }
      // A beat's sub-beats are discounted with it: their evidence is part of its own.
      beats.forEach((_, b) => {
        for (let a = b; a >= 0; a = parents[a] ?? -1) {
          if (a === target) {
            targets.push(b);
            keeps.push(keep);
            return;
          }
        }
      });
    }
    return { full: frame.full, targets, keeps };
  });
}

function addForm(
  phrases: Map<string, LexiconEntry[]>,
  maxWords: Map<string, number>,
  term: string,
  form: string,
  beatIndex: number,
  weight: number,
  parents: number[],
  lowerOnly: boolean,
): void {
  let words: string[];
  let caseRules: CaseRule[];
  if (PLAIN_LOWERCASE.test(form)) {
    words = form.split(" ");
    caseRules = words.map(() => (lowerOnly ? CaseRule.LowerOnly : CaseRule.Any));
  } else if (lowerOnly) {
    words = tokenize(form).lowers();
    caseRules = words.map(() => CaseRule.LowerOnly);
  } else {
    const tokens = tokenize(form);
    words = tokens.lowers();
    caseRules = words.map((_, i) => caseRuleOf(tokens, i));
  }
  if (words.length === 0) return;
  if (words.length > MAX_TERM_WORDS) {
    throw new TaxonomyError(
      `term "${term}" has ${words.length} words: a term may have ${MAX_TERM_WORDS} at most, so shorten it`,
    );
  }
  const key = words.join(" ");
  // The case rules as two bits a word: an entry is found by them and its words.
  let caseBits = 0;
  for (let k = 0; k < caseRules.length; k++) caseBits |= (caseRules[k] as number) << (2 * k);
  let list = phrases.get(key);
  if (!list) {
    list = [];
    phrases.set(key, list);
  }
  // The entries under one key have the same words: the same bits are the same rules.
  let entry = list.find((e) => e.caseBits === caseBits);
  if (!entry) {
    const anyExact = caseRules.includes(CaseRule.Exact);
    entry = {
      term,
      words,
      caseRules,
      beatList: [],
      weightList: [],
      index: 0,
      exact: anyExact ? words.map((w) => w.toUpperCase().replace(/\./g, "")) : NO_EXACT,
      caseBits,
      size: words.length,
    };
    list.push(entry);
  }
  // Sub-beat evidence also counts for every ancestor; a term listed twice keeps its best weight.
  for (let b = beatIndex; b >= 0; b = parents[b] ?? -1) {
    const at = entry.beatList.indexOf(b);
    if (at < 0) {
      entry.beatList.push(b);
      entry.weightList.push(weight);
    } else entry.weightList[at] = Math.max(entry.weightList[at] as number, weight);
  }
  const first = words[0] as string;
  maxWords.set(first, Math.max(maxWords.get(first) ?? 0, words.length));
}

const NO_EXACT: string[] = [];

function caseRuleOf(tokens: TokenList, i: number): CaseRule {
  if (tokens.allCaps(i) && tokens.raw(i).replace(/\./g, "").length <= 3) return CaseRule.Exact;
  return tokens.cap(i) ? CaseRule.Capitalized : CaseRule.Any;
}

/** caseBits holds two bits a word in a 32-bit integer. */
const MAX_TERM_WORDS = 15;

/** The term and its inflections: plural, past and -ing forms of its last word. */
function surfaceForms(term: string): string[] {
  if (term.startsWith("=")) return [term.slice(1)];
  const m = /^(.*?)([a-z]{3,})$/.exec(term);
  if (!m) return [term];
  const head = m[1] ?? "";
  const w = m[2] ?? "";
  const forms = new Set([w]);
  if (w.endsWith("y") && !/[aeiou]y$/.test(w)) {
    forms.add(`${w.slice(0, -1)}ies`);
    forms.add(`${w.slice(0, -1)}ied`);
  } else if (/(s|x|z|ch|sh)$/.test(w)) {
    forms.add(`${w}es`);
  } else {
    forms.add(`${w}s`);
  }
  if (w.endsWith("e")) {
    forms.add(`${w}d`);
    if (!w.endsWith("ee")) forms.add(`${w.slice(0, -1)}ing`);
  } else if (!w.endsWith("ing") && !w.endsWith("ed") && !w.endsWith("s")) {
    forms.add(`${w}ed`);
    forms.add(`${w}ing`);
    // Short consonant-vowel-consonant verbs double their last letter: ban -> banned, stop -> stopping.
    if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(w)) {
      forms.add(`${w}${w.slice(-1)}ed`);
      forms.add(`${w}${w.slice(-1)}ing`);
    }
  }
  return [...forms].map((f) => head + f);
}
