import { featureValues, isFeatureToken, lexiconValue, ZONE_WEIGHT } from "./beat-features.js";
import { wordsWithin } from "./lowered-terms.js";
import { type BeatModelData, featureWeights } from "./packed-beat-model.js";
import { PairTable } from "./pair-table.js";
import { ScoringPool } from "./scoring-pool.js";
import { WordIds, zoneWordIds } from "./word-ids.js";
import type { Zone } from "./zones.js";

export type {
  BeatModelData,
  PackedBeatModelData,
  UnpackedBeatModelData,
} from "./packed-beat-model.js";

/** The model ready to score articles. */
export interface BeatModel {
  classes: string[];
  temperature: number;
  /**
   * Per id in `words` (ids the model never interned lie beyond the end): the word's feature,
   * -1 for none. Arrays by word id rather than an object per word: one read each, no pointers
   * to follow.
   */
  wordFeature: Int32Array;
  /** Per word id: the feature of the word in a headline, -1 for none. */
  headlineFeature: Int32Array;
  /** Per word id: VocabBit flags, 0 for a word no feature holds. */
  vocabBits: Uint8Array;
  /** Two-word phrases' features by their word ids. */
  phrases: PairTable;
  words: WordIds;
  keys: string[];
  /** Per-feature counts of the article being scored, zero between calls. */
  scratch: Float64Array;
  /** Feature-major: weights[f * K + k]. */
  weights: Float32Array;
  bias: Float64Array;
  /** Class-major: lexicon[k * K + j], the weight of lexicon evidence for class j on class k. */
  lexicon: Float64Array;
}

/** What BeatModel.vocabBits says of a word. */
const VocabBit = { InVocabulary: 1, StartsPhrase: 2 } as const;

/** What the model made of one article: logits per class and the inputs behind them. */
export interface BeatScores {
  logits: Float64Array;
  index: Int32Array;
  value: Float64Array;
  lexicon: Float64Array;
}

/**
 * Turns the committed data into lookup tables; `words` is the word table shared with the
 * other matchers (see splitZones).
 */
export function compileBeatModel(data: BeatModelData, words = new WordIds()): BeatModel {
  const K = data.classes.length;
  const { keys, weights: ints } = featureWeights(data);
  // Every word is interned before the per-word arrays are sized; kinds and ids go into typed
  // arrays, not an object per feature.
  const kinds = new Uint8Array(keys.length);
  const firsts = new Int32Array(keys.length);
  const seconds = new Int32Array(keys.length);
  for (let f = 0; f < keys.length; f++) {
    const key = keys[f] as string;
    const space = key.indexOf(" ");
    if (key.startsWith("^")) {
      kinds[f] = 2;
      firsts[f] = words.intern(key.slice(1));
    } else if (space < 0) firsts[f] = words.intern(key);
    else {
      kinds[f] = 1;
      firsts[f] = words.intern(key.slice(0, space));
      seconds[f] = words.intern(key.slice(space + 1));
    }
  }
  const wordFeature = new Int32Array(words.size).fill(-1);
  const headlineFeature = new Int32Array(words.size).fill(-1);
  const vocabBits = new Uint8Array(words.size);
  const phrases = new PairTable();
  for (let f = 0; f < keys.length; f++) {
    const a = firsts[f] as number;
    vocabBits[a] = (vocabBits[a] as number) | VocabBit.InVocabulary;
    if (kinds[f] === 0) wordFeature[a] = f;
    else if (kinds[f] === 2) headlineFeature[a] = f;
    else {
      const b = seconds[f] as number;
      vocabBits[a] = (vocabBits[a] as number) | VocabBit.StartsPhrase;
      // The second word is marked too: a word outside the vocabulary ends no phrase, so
      // scoring can skip the phrase lookup for it.
      vocabBits[b] = (vocabBits[b] as number) | VocabBit.InVocabulary;
      phrases.set(a, b, f);
    }
  }
  const weights = new Float32Array(keys.length * K);
  for (let i = 0; i < weights.length; i++) weights[i] = (ints[i] as number) / data.scale;
  const lexicon = new Float64Array(K * K);
  for (let k = 0; k < K; k++) {
    for (let j = 0; j < K; j++) lexicon[k * K + j] = (data.lexicon[k]?.[j] ?? 0) / data.scale;
  }
  return {
    classes: data.classes,
    temperature: data.temperature,
    wordFeature,
    headlineFeature,
    vocabBits,
    phrases,
    words,
    keys,
    scratch: new Float64Array(keys.length),
    weights,
    bias: Float64Array.from(data.bias, (b) => b / data.scale),
    lexicon,
  };
}

/**
 * Scores an article's zones: `lexiconRaw[k]` is the lexicon's raw evidence for class k and
 * `words` the length of its lede and body. The scores' arrays are the pool's (see ScoringPool).
 */
export function scoreBeatModel(
  model: BeatModel,
  zones: Zone[],
  lexiconRaw: ArrayLike<number>,
  words: number,
  pool = new ScoringPool(),
): BeatScores {
  const K = model.classes.length;
  // Counts go into a reused array, the features touched into a list: a Map per article cost
  // a sixth of the classifier's time.
  const { wordFeature, headlineFeature, vocabBits, phrases, scratch } = model;
  // The pool's list, counted, not emptied: grown afresh by pushes, it was 1.4 KB an article
  // (docs/tried.md, forty-second pass).
  const touched = pool.touched;
  let n = 0;
  const add = (f: number, w: number) => {
    if (f < 0) return;
    if (scratch[f] === 0) {
      if (n < touched.length) touched[n] = f;
      else touched.push(f);
      n++;
    }
    scratch[f] = (scratch[f] ?? 0) + w;
  };
  const known = vocabBits.length;
  // The same walk as visitFeatures (which training uses), written out over word ids: a word
  // finds its features and the phrase it ends by reading arrays, without a call per feature.
  for (const zone of zones) {
    const w = ZONE_WEIGHT[zone.kind];
    if (w === 0) continue;
    const headline = zone.kind === "headline";
    const ids = zoneWordIds(zone, model.words);
    const tokens = zone.tokens;
    let previous = -1;
    let previousStartsPhrase = false;
    for (let i = 0; i < tokens.length; i++) {
      if (!isFeatureToken(tokens, i)) {
        previousStartsPhrase = false;
        continue;
      }
      const id = ids[i] ?? -1;
      const bits = id >= 0 && id < known ? (vocabBits[id] as number) : 0;
      if (bits !== 0) {
        if (previousStartsPhrase && tokens.continues(i)) add(phrases.get(previous, id), w);
        add(wordFeature[id] as number, w);
        if (headline) add(headlineFeature[id] as number, 1);
      }
      // A word outside the vocabulary starts no phrase in it either.
      previous = id;
      previousStartsPhrase = (bits & VocabBit.StartsPhrase) !== 0;
    }
  }
  // The counts are written where their values go: featureValues turns each into its value in place.
  const counts = pool.value.zeros(n);
  for (let i = 0; i < n; i++) {
    const f = touched[i] as number;
    counts[i] = scratch[f] ?? 0;
    scratch[f] = 0;
  }
  const { index, value } = featureValues(touched, counts, pool.index.zeros(n), counts);
  const logits = pool.modelLogits.zeros(K);
  logits.set(model.bias);
  const weights = model.weights;
  for (let i = 0; i < index.length; i++) {
    const base = (index[i] ?? 0) * K;
    const v = value[i] ?? 0;
    for (let k = 0; k < K; k++) logits[k] = (logits[k] ?? 0) + v * (weights[base + k] ?? 0);
  }
  const lexicon = pool.modelLexicon.zeros(K);
  for (let j = 0; j < K; j++) lexicon[j] = lexiconValue(lexiconRaw[j] ?? 0, words);
  for (let k = 0; k < K; k++) {
    let s = 0;
    for (let j = 0; j < K; j++) s += (model.lexicon[k * K + j] ?? 0) * (lexicon[j] ?? 0);
    logits[k] = (logits[k] ?? 0) + s;
  }
  return { logits, index, value, lexicon };
}

/** Calibrated probabilities from logits (written into `out` when given, of the logits' length). */
export function softmax(
  logits: ArrayLike<number>,
  temperature = 1,
  out = new Float64Array(logits.length),
): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < logits.length; k++) max = Math.max(max, logits[k] ?? 0);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) {
    const e = Math.exp(((logits[k] ?? 0) - max) / temperature);
    out[k] = e;
    sum += e;
  }
  for (let k = 0; k < out.length; k++) out[k] = (out[k] ?? 0) / sum;
  return out;
}

/**
 * The features that pushed class k up, strongest first, ties in the order scored: written into
 * `features` and `contributions` (what each added to the logit), their count returned (at most
 * `limit`). Numbers, not objects: most of an article's words add little, and an object for each
 * that entered the list on the way was a third of what explaining a beat allocated.
 */
export function strongestFeatures(
  model: BeatModel,
  scores: BeatScores,
  k: number,
  limit: number,
  features: number[],
  contributions: number[],
): number {
  const K = model.classes.length;
  let n = 0;
  for (let i = 0; i < scores.index.length; i++) {
    const f = scores.index[i] ?? 0;
    const c = (scores.value[i] ?? 0) * (model.weights[f * K + k] ?? 0);
    if (c <= 0 || (n === limit && c <= (contributions[limit - 1] as number))) continue;
    let at = n === limit ? limit - 1 : n;
    while (at > 0 && (contributions[at - 1] as number) < c) {
      contributions[at] = contributions[at - 1] as number;
      features[at] = features[at - 1] as number;
      at--;
    }
    contributions[at] = c;
    features[at] = f;
    if (n < limit) n++;
  }
  return n;
}

/** A feature's key as a reader is shown it: a headline word as the word (it is in the headline). */
export const shownKey = (key: string): string => (key.startsWith("^") ? key.slice(1) : key);

/** Keeps the first of terms that hold the same words: "central bank" stands for "bank". */
export function distinctTerms<T extends { term: string }>(terms: T[], limit: number): T[] {
  const out: T[] = [];
  // The kept terms' words, split once: splitting every pair again cost more than the test.
  const outWords: string[][] = [];
  for (const t of terms) {
    if (out.length >= limit) break;
    const w = t.term.toLowerCase().split(" ");
    const covered = outWords.some((ow) => wordsWithin(w, ow) || wordsWithin(ow, w));
    if (!covered) {
      out.push(t);
      outWords.push(w);
    }
  }
  return out;
}
