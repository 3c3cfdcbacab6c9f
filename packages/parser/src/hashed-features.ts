import { codeUnitsOf, tailUnitsOf } from "./code-units.js";
import { countWordUnits, FNV_OFFSET, FNV_PRIME, isJoiner, isWordChar } from "./words.js";

/**
 * Paragraph features hashed into a small table, for the models learned from the newsroom
 * corpus: whether a paragraph reads like a lede, like an article's last paragraph, or like a
 * headline. Words and shape are hashed straight from the text's character codes, so scoring a
 * paragraph builds no strings; the trainer calls the same function, so what it learned is what
 * the parser reads.
 */
export type SignalKind = "lede" | "ending" | "headline";

/**
 * Features of shape (and of words outside the vocabulary) take ids below SHAPE_IDS; a word's
 * feature id is a 30-bit hash above them, which the model's vocabulary maps to its weight.
 */
export const SHAPE_IDS = 512;

// Words of a paragraph's start and end that the lede and ending models read.
export const EDGE_WORDS = 15;
// Words a headline model reads: headlines are short.
const HEADLINE_WORDS = 30;
// Word positions kept: enough for a headline and a paragraph's edges.
const MAX_KEPT = HEADLINE_WORDS;
// Code units at a paragraph's end that hold its last EDGE_WORDS words nearly always: the ending
// model copies these alone of a longer paragraph, the whole only when its words reach further.
const ENDING_TAIL = 160;

const starts = new Int32Array(MAX_KEPT);
const ends = new Int32Array(MAX_KEPT);
// The word feature (TAG.word) of each word kept, found with its bounds.
const wordIds = new Int32Array(MAX_KEPT);

function mix(hash: number): number {
  const mixed = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return (mixed ^ (mixed >>> 13)) >>> 2;
}

/** A feature named by a one-letter tag and a word of the text (code units), lower-cased if ASCII. */
export function wordFeature(tag: number, units: Uint16Array, start: number, end: number): number {
  let hash = featureSeed(tag);
  for (let i = start; i < end; i++) hash = featureStep(hash, units[i] as number);
  return featureOf(hash);
}

// A word feature's hash, character by character: its tag, then each character lower-cased.
function featureSeed(tag: number): number {
  return Math.imul(FNV_OFFSET ^ tag, FNV_PRIME);
}

function featureStep(hash: number, code: number): number {
  const c = code >= 65 && code <= 90 ? code + 32 : code;
  return Math.imul(hash ^ c, FNV_PRIME);
}

// Word feature ids fall in SHAPE_IDS..2^30: mix's 30 bits, wrapped once past this (what
// `% WORD_IDS` does to a number below 2 * WORD_IDS, without a division).
const WORD_IDS = 0x3fffffff - SHAPE_IDS;

/** The feature id of a word whose hash, from its tag's seed on, is `hash` (see wordFeature). */
export function featureOf(hash: number): number {
  const mixed = mix(hash);
  return SHAPE_IDS + (mixed < WORD_IDS ? mixed : mixed - WORD_IDS);
}

// Tags of shape features, each with values below 32: 16 tags x 32 values = SHAPE_IDS.
/** A feature named by a tag (0-15) and a small number (0-31): a shape bucket. */
export function shapeFeature(tag: number, value: number): number {
  return tag * 32 + Math.min(31, value);
}

/** The bucket of a paragraph's word count that TAG.words is named by. */
export function wordsBucket(words: number): number {
  if (words <= 3) return words;
  if (words <= 5) return 4;
  if (words <= 8) return 5;
  if (words <= 12) return 6;
  if (words <= 20) return 7;
  if (words <= 35) return 8;
  if (words <= 60) return 9;
  return 10;
}

/** What kind of character a code is: quote, capital, lower case, digit, stop, other. */
export function charClass(c: number): number {
  if (c === 34 || c === 0x201c || c === 0x201d || c === 39 || c === 0x2018 || c === 0x2019)
    return 0;
  if (c >= 65 && c <= 90) return 1;
  if (c >= 97 && c <= 122) return 2;
  if (c >= 48 && c <= 57) return 3;
  if (c === 46) return 4;
  if (c === 63 || c === 33) return 5;
  if (c === 58) return 6;
  if (c === 41 || c === 93) return 7;
  if (c === 45 || c === 0x2013 || c === 0x2014) return 8;
  return isWordChar(c) ? 9 : 10;
}

// Tags of word features (character codes, mixed into the hash) and of shape features (0-15).
export const TAG = {
  word: 119,
  first: 97,
  second: 98,
  last: 122,
  words: 0,
  opens: 1,
  ends: 2,
  capitals: 3,
  mark: 4,
} as const;

/**
 * The hash of TAG.word before a word's first character, for a pass that reads the word's
 * characters anyway and carries the hash on as wordFeature does, ending it with featureOf.
 */
export const WORD_SEED = featureSeed(TAG.word);

// Marks a line's kind shows in: a handle, a link, a colon, a bar, brackets, a slash, a dash,
// digits.
const MARKS = ["@", "/", ":", "|", "(", "\u2014", "#", "+"];
// Any of MARKS, or a link: most paragraphs hold none, which one search tells instead of ten.
const ANY_MARK = /[@/:|(\u2014#+]|http|www\./g;

/**
 * Writes the feature ids of `text` for one model into `out` (which must hold 128) and returns
 * how many it wrote; the model's score is its bias plus the weights of these features (a word
 * outside its vocabulary weighs nothing). `counted` is the paragraph's word count
 * (countWords) when the caller knows it; the lede and ending models read only the paragraph's
 * first or last words.
 */
export function hashedFeatures(
  text: string,
  kind: SignalKind,
  out: Int32Array,
  counted?: number,
): number {
  const limit = kind === "headline" ? HEADLINE_WORDS : EDGE_WORDS;
  // The words are read from the code units, not the string (code-units.ts); the ending's from
  // its tail when its word count is known (endingUnits).
  const tailOnly = kind === "ending" && counted !== undefined;
  const units = tailOnly ? endingUnits(text, limit) : codeUnitsOf(text);
  const length = tailOnly ? endingLength : text.length;
  const kept = tailOnly
    ? endingKept
    : kind === "ending"
      ? lastWords(units, length, limit)
      : firstWords(units, length, limit);
  // lastWords fills the arrays' end, reading backward: its words need no reversing.
  const first = kind === "ending" ? MAX_KEPT - kept : 0;
  const past = first + kept;
  const words = counted ?? wordsOf(kind, units, length, kept);
  let n = 0;
  let capitalized = 0;
  if (kind === "ending") {
    capitalized = lastCapitalized;
    for (let k = first; k < past; k++) out[n++] = wordIds[k] as number;
  } else {
    for (let k = first; k < past; k++) {
      const c = units[starts[k] as number] as number;
      if (c >= 65 && c <= 90) capitalized++;
      out[n++] = wordIds[k] as number;
    }
  }
  if (kept > 0) {
    out[n++] = wordFeature(TAG.first, units, starts[first] as number, ends[first] as number);
    if (kind !== "ending" && kept > 1)
      out[n++] = wordFeature(TAG.second, units, starts[1] as number, ends[1] as number);
    if (kind !== "lede" || words <= EDGE_WORDS)
      out[n++] = wordFeature(TAG.last, units, starts[past - 1] as number, ends[past - 1] as number);
  }
  out[n++] = shapeFeature(TAG.words, wordsBucket(words));
  out[n++] = shapeFeature(TAG.opens, charClass(text.charCodeAt(0)));
  out[n++] = shapeFeature(TAG.ends, charClass(text.charCodeAt(text.length - 1)));
  if (kind !== "lede") {
    // Share of capitalized words, in fifths: title case, sentence case, capitals.
    out[n++] = shapeFeature(TAG.capitals, kept === 0 ? 0 : Math.round((capitalized / kept) * 4));
    const tail = kind === "ending" ? Math.max(0, text.length - 200) : 0;
    ANY_MARK.lastIndex = tail;
    if (ANY_MARK.test(text)) {
      for (let m = 0; m < MARKS.length; m++)
        if (text.indexOf(MARKS[m] as string, tail) >= 0) out[n++] = shapeFeature(TAG.mark, m);
      if (text.indexOf("http", tail) >= 0 || text.indexOf("www.", tail) >= 0)
        out[n++] = shapeFeature(TAG.mark, 20);
    }
  }
  return n;
}

/**
 * countWords of the text, from the words just kept: firstWords stopped short of its limit only
 * at the text's end, and where it reached it, counting goes on past its last word (the headline
 * model's caller knows no count: counting from the start copied and read the line again).
 */
function wordsOf(kind: SignalKind, units: Uint16Array, length: number, kept: number): number {
  if (kind === "ending") return countWordUnits(units, length, 0);
  const limit = kind === "headline" ? HEADLINE_WORDS : EDGE_WORDS;
  return kept < limit ? kept : kept + countWordUnits(units, length, ends[kept - 1] as number);
}

// What endingUnits read: how many units the array holds from the text's end, and lastWords'.
let endingLength = 0;
let endingKept = 0;

/**
 * The code units lastWords read its `limit` words from, having read them: the text's last
 * ENDING_TAIL alone when its words lie inside them, else the whole text. The tail's words are
 * the whole text's when the earliest starts two units or more into it, as lastWords reads at
 * most two units before a word's start; otherwise (or fewer words found) the whole is read.
 */
function endingUnits(text: string, limit: number): Uint16Array {
  if (text.length > ENDING_TAIL) {
    const tail = tailUnitsOf(text, ENDING_TAIL);
    const kept = lastWords(tail, ENDING_TAIL, limit);
    if (kept === limit && (starts[MAX_KEPT - kept] as number) >= 2) {
      endingLength = ENDING_TAIL;
      endingKept = kept;
      return tail;
    }
  }
  const units = codeUnitsOf(text);
  endingLength = text.length;
  endingKept = lastWords(units, text.length, limit);
  return units;
}

/** Puts the first `limit` words' bounds in starts/ends and their features in wordIds; returns how many. */
function firstWords(units: Uint16Array, length: number, limit: number): number {
  const seed = featureSeed(TAG.word);
  let kept = 0;
  for (let i = 0; i < length && kept < limit; ) {
    const first = units[i] as number;
    if (!isWordChar(first)) {
      i++;
      continue;
    }
    // Where the word ends (as wordEnd says) and its feature, in one pass over its characters.
    let hash = featureStep(seed, first);
    let end = i + 1;
    for (; end < length; end++) {
      const c = units[end] as number;
      if (!(isWordChar(c) || isJoiner(c))) break;
      hash = featureStep(hash, c);
    }
    starts[kept] = i;
    ends[kept] = end;
    wordIds[kept] = featureOf(hash);
    kept++;
    // A space starts no word: the next word is looked for past it, one loop turn a word.
    i = end < length && units[end] === 32 ? end + 1 : end;
  }
  return kept;
}

// How many of the words lastWords last kept begin with a capital A-Z.
let lastCapitalized = 0;

/**
 * Puts the last `limit` words' bounds in the last places of starts/ends, in reading order
 * (filled from the end, as they are read: a long paragraph's start is never scanned), and their
 * features in wordIds; returns how many.
 */
function lastWords(units: Uint16Array, length: number, limit: number): number {
  let at = MAX_KEPT;
  let capitalized = 0;
  let i = length - 1;
  while (i >= 0 && at > MAX_KEPT - limit) {
    for (; i >= 0; i--) if (isWordChar(units[i] as number)) break;
    if (i < 0) break;
    let start = i;
    // The character before the word, read once: it is no word character, so the search for
    // the next word back starts before it.
    while (start > 0) {
      const c = units[start - 1] as number;
      if (isWordChar(c)) start--;
      else if (start > 1 && isJoiner(c) && isWordChar(units[start - 2] as number)) start -= 2;
      else break;
    }
    at--;
    starts[at] = start;
    ends[at] = i + 1;
    // wordFeature, with the capital test on the first character it reads.
    const first = units[start] as number;
    if (first >= 65 && first <= 90) capitalized++;
    let hash = featureStep(WORD_SEED, first);
    for (let k = start + 1; k <= i; k++) hash = featureStep(hash, units[k] as number);
    wordIds[at] = featureOf(hash);
    i = start - 2;
  }
  lastCapitalized = capitalized;
  return MAX_KEPT - at;
}

/** Room `hashedFeatures` needs in its output. */
export const MAX_HASHED_FEATURES = 128;

/**
 * A logistic model over these features, as committed: the vocabulary's word feature ids
 * (int32 little-endian, base64), then the weights of the shape features (ids below SHAPE_IDS)
 * and of the vocabulary's words, in order, as bytes (w / scale + 128), base64.
 */
export interface HashedModel {
  bias: number;
  scale: number;
  vocabulary: string;
  weights: string;
}
