import { ZONE_WEIGHT } from "./beat-features.js";
import {
  type BeatLexicon,
  CaseRule,
  type CompiledFrame,
  type LexiconEntry,
} from "./beat-lexicon.js";
import { type EntryTable, entryTable, wordsNumberOf } from "./entry-table.js";
import { rootOf } from "./flat-trie.js";
import { ScoringPool } from "./scoring-pool.js";
import { StrongestTerms } from "./strongest-terms.js";
import type { TokenList } from "./tokenize.js";
import type { TermEvidence } from "./types.js";
import { zoneWordIds } from "./word-ids.js";
import type { Zone } from "./zones.js";

/** Raw evidence per beat, with the matches behind it. */
export interface BeatTally {
  raw: Float64Array;
  /** The part of `raw` from one-word terms: "game" or "court" alone says less than a phrase. */
  single: Float64Array;
  /** The part of `raw` from the headline, and from the dek and lede: what the story is about. */
  headline: Float64Array;
  lede: Float64Array;
  /**
   * Each match's entry index in `table`, in text order (matchedEntries gives the entries):
   * beatTerms reads an entry's beats and weights there, a few adjacent numbers instead of three
   * objects each.
   */
  matchIndices: number[];
  table: EntryTable;
  /** Each match's damped zone weight (times the entry's beat weight): a list beside `matchIndices`. */
  damps: number[];
  /** How many matches there are: the two lists are a pool's, and may hold more. */
  matches: number;
  /** Per frame of the taxonomy, its evidence (zone-weighted, as a beat's). */
  frames: Float64Array;
  /** Per beat, the share of its evidence the taxonomy's frames left it (1 without frames). */
  kept: Float64Array;
}

/** The lexicon entries a tally matched, in text order. */
export function matchedEntries(tally: BeatTally): LexiconEntry[] {
  return tally.matchIndices
    .slice(0, tally.matches)
    .map((e) => tally.table.entries[e] as LexiconEntry);
}

/**
 * Sums weighted term evidence per beat over an article's zones. The tally's arrays are the
 * pool's (see ScoringPool).
 */
export function tallyBeats(
  zones: Zone[],
  lexicon: BeatLexicon,
  pool = new ScoringPool(),
): BeatTally {
  // The frames' evidence is tallied in the slots after the beats' (views of them are returned).
  const beats = lexicon.beats.length;
  const slots = beats + lexicon.frames.length;
  const raw = pool.raw.zeros(slots);
  const single = pool.single.zeros(slots);
  const headline = pool.headline.zeros(slots);
  const lede = pool.lede.zeros(slots);
  // Written from the start, not pushed: grown again for every article, the two lists were most
  // of what tallying allocated.
  const { damps, matchIndices } = pool;
  let matches = 0;
  const repeats = lexicon.repeats;
  const table = entryTable(lexicon);
  const { beatStart, beats: beatOf, weights, size } = table;
  for (const zone of zones) {
    let zoneWeight = ZONE_WEIGHT[zone.kind];
    if (zoneWeight === 0) continue;
    // Later body paragraphs drift from the subject; the inverted pyramid puts it first.
    if (zone.kind === "body" && zone.paragraph > 4) zoneWeight = 0.8;
    const part =
      zone.kind === "headline"
        ? headline
        : zone.kind === "lede" || zone.kind === "dek"
          ? lede
          : null;
    const tokens = zone.tokens;
    const ids = zoneWordIds(zone, lexicon.words);
    for (let i = 0; i < tokens.length; ) {
      const match = longestMatch(tokens, ids, i, lexicon, table, zone.titleCase);
      if (match < 0) {
        i++;
        continue;
      }
      const n = (repeats[match] as number) + 1;
      repeats[match] = n;
      // Repeats count less and less: a word used ten times is not ten times the evidence.
      const damp = zoneWeight / Math.sqrt(n);
      const words = size[match] as number;
      const last = beatStart[match + 1] as number;
      for (let k = beatStart[match] as number; k < last; k++) {
        const beat = beatOf[k] as number;
        const add = (weights[k] as number) * damp;
        raw[beat] = (raw[beat] ?? 0) + add;
        if (words === 1) single[beat] = (single[beat] ?? 0) + add;
        if (part) part[beat] = (part[beat] ?? 0) + add;
      }
      // The terms behind a beat are summed only when asked for (beatTerms): most never are.
      matchIndices[matches] = match;
      damps[matches] = damp;
      matches++;
      i += words;
    }
  }
  for (let m = 0; m < matches; m++) repeats[matchIndices[m] as number] = 0;
  const views = pool.tallyViews(raw, single, headline, lede, beats);
  const tally: BeatTally = {
    raw: views.raw,
    single: views.single,
    headline: views.headline,
    lede: views.lede,
    frames: views.frames,
    matchIndices,
    table,
    damps,
    matches,
    kept: pool.kept.zeros(beats).fill(1),
  };
  // The frames' discounts, written here and not in a function of their own: a function called
  // once an article gets its feedback only from its eighth call (V8 makes feedback lazily), and
  // tallyBeats was optimized before that with the frames' code inlined and no feedback for
  // it, then optimized again (forty-seventh pass, docs/tried.md).
  // Each frame discounts the beats it names by how fully its evidence holds: a racing game's
  // review keeps a share of its racing words for sport. No early return at strength 0: the
  // factor is then exactly 1 and x * 1 is x, so the loop changes nothing, and run for every
  // article it has feedback before the first article with a frame's evidence.
  const frames = lexicon.frames;
  for (let f = 0; f < frames.length; f++) {
    const frame = frames[f] as CompiledFrame;
    const strength = Math.min(1, (tally.frames[f] ?? 0) / frame.full);
    for (let t = 0; t < frame.targets.length; t++) {
      const b = frame.targets[t] as number;
      const factor = 1 - strength * (1 - (frame.keeps[t] as number));
      tally.raw[b] = (tally.raw[b] ?? 0) * factor;
      tally.single[b] = (tally.single[b] ?? 0) * factor;
      tally.headline[b] = (tally.headline[b] ?? 0) * factor;
      tally.lede[b] = (tally.lede[b] ?? 0) * factor;
      tally.kept[b] = (tally.kept[b] ?? 1) * factor;
    }
  }
  return tally;
}

/** The index of the longest entry matching at tokens[i], or -1. */
function longestMatch(
  tokens: TokenList,
  ids: Int32Array,
  i: number,
  lexicon: BeatLexicon,
  table: EntryTable,
  titleCase: boolean,
): number {
  const id = ids[i] ?? -1;
  const { roots, hasNext, children } = lexicon.flat;
  const { nodeStart, nodeEntries } = table;
  let node = rootOf(roots, id);
  let best = -1;
  for (let len = 1; node >= 0; len++) {
    const last = nodeStart[node + 1] as number;
    for (let k = nodeStart[node] as number; k < last; k++) {
      const e = nodeEntries[k] as number;
      if (caseFits(table, e, tokens, i, titleCase)) {
        best = e;
        break;
      }
    }
    const next = i + len;
    // A phrase does not run across a comma or full stop.
    if (hasNext[node] === 0 || next >= tokens.length || !tokens.continues(next)) break;
    node = children.get(node, ids[i + len] ?? -1);
  }
  return best;
}

function caseFits(
  table: EntryTable,
  e: number,
  tokens: TokenList,
  i: number,
  titleCase: boolean,
): boolean {
  const bits = table.caseBits[e] as number;
  // Only all-caps words are tested for CaseRule.Any, and not in a title-case headline.
  if (bits === 0 && titleCase) return true;
  const size = table.size[e] as number;
  for (let k = 0; k < size; k++) {
    const t = i + k;
    const rule = (bits >>> (2 * k)) & 3;
    if (rule === CaseRule.Exact) {
      if (tokens.raw(t).replace(/\./g, "") !== table.entries[e]?.exact[k]) return false;
    } else if (rule === CaseRule.Capitalized) {
      if (!tokens.cap(t)) return false;
    } else if (rule === CaseRule.LowerOnly) {
      // A capital, even a sentence's first, may be a name's: "Labour shortages" is not counted.
      if (tokens.cap(t)) return false;
    } else if (tokens.size(t) <= 5 && tokens.allCaps(t) && !titleCase) {
      // "ICE" the agency is not ice, "WHO" is not who. (The length is read from the offsets:
      // cutting the string to measure it cost more than the whole test.) The size is read
      // first, at every word: read only after an all-caps word, it had no feedback when V8
      // first optimized tallyBeats, which was then optimized again (forty-seventh pass).
      return false;
    }
  }
  return true;
}

/** The terms behind a beat, strongest first. */
export function beatTerms(tally: BeatTally, beat: number, limit = 12): TermEvidence[] {
  const kept = tally.kept[beat] ?? 1;
  const table = tally.table;
  const { beatStart, beats, weights, words, wordsCount, wordsSum } = table;
  // Shown to readers as the article's words: "labor" and "_labor" are one term there. Summed by
  // the words' number, in the order first matched.
  let seenCount = 0;
  for (let m = 0; m < tally.matches; m++) {
    const e = tally.matchIndices[m] as number;
    // The entry's first listing of the beat, as beatList.indexOf found it.
    const last = beatStart[e + 1] as number;
    let at = beatStart[e] as number;
    while (at < last && beats[at] !== beat) at++;
    if (at === last) continue;
    const damp = (tally.damps[m] as number) * kept;
    const weight = weights[at] as number;
    const w = wordsNumberOf(table, e);
    if (wordsCount[w] === 0) seen[seenCount++] = w;
    wordsCount[w] = (wordsCount[w] as number) + 1;
    wordsSum[w] = (wordsSum[w] as number) + weight * damp;
  }
  strongest.reset(limit);
  for (let s = 0; s < seenCount; s++) {
    const w = seen[s] as number;
    strongest.offer(w, wordsCount[w] as number, round3(wordsSum[w] as number));
    wordsCount[w] = 0;
    wordsSum[w] = 0;
  }
  // Objects only for the terms kept.
  const terms: TermEvidence[] = [];
  for (let k = 0; k < strongest.size; k++) {
    terms.push({
      term: words[strongest.ids[k] as number] as string,
      count: strongest.counts[k] as number,
      contribution: strongest.contributions[k] as number,
    });
  }
  return terms;
}

// beatTerms' strongest terms so far, and the words it saw (it is synchronous, never re-entered).
// The words seen are counted, the list never truncated: `length = 0` drops its backing store,
// and the next push made a new one at every call.
const strongest = new StrongestTerms();
const seen: number[] = [];

const round3 = (x: number) => Math.round(x * 1000) / 1000;
