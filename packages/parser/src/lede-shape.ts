import { FIGURE, hardNewsCues, PERFECT_VERB } from "./hard-news-cues.js";
import { isWordChar } from "./words.js";

/**
 * Features of a would-be lede that its bag of words cannot see, for the lede model (issue #13):
 * where a word stands (among the first five, after the first sentence's end), the opening pair,
 * the rest of the first sentence's words, where the first sentence ends, a present perfect, a
 * figure or a weekday in it ("said on Monday"), the share of capitals and marks among the first
 * words. Word-like features are hashed as the model's words are, with their own tags, and go
 * through the same vocabulary rule (words many outlets use); the rest are shape buckets.
 */

/** Hashes a word of `units` under a tag (wordFeature of hashed-features.ts). */
export type WordHasher = (tag: number, units: Uint16Array, start: number, end: number) => number;
/** A shape bucket (shapeFeature of hashed-features.ts). */
export type ShapeBucket = (tag: number, value: number) => number;

// Shape tags the lede model leaves free (hashed-features.ts uses 0-4).
const SHAPE = { perfect: 5, figure: 6, day: 7, stop: 8, capitals: 9, marks: 12 } as const;
// Word-feature tags (character codes hashed-features.ts does not use).
const WORD = { early: 101, afterStop: 110, pair: 112, inFirst: 115 } as const;

const EARLY = 5;
const ON = new Set((process.env.LEDE_FAMILIES ?? "stop,tense,day,capitals,marks").split(","));
// Words of the first sentence read past the model's edge words.
const FIRST_SENTENCE_WORDS = 40;
const REACH = 240;
const SENTENCE_END = /[.?!]["\u201d\u2019]?\s+["\u201c\u2018]?[A-Z]/;
const DAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const SAID_DAY =
  /\bsaid (?:on |late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const MARKS = ["(", ":", "\u2014", "\u2013", ";", "%", "$"];

/** Where the first sentence ends (after its stop), or -1. */
export function firstSentenceStop(text: string): number {
  const m = SENTENCE_END.exec(text);
  return m === null ? -1 : m.index + 1;
}

/**
 * Writes the extra lede features of `text` into `out` from `n` on and returns the new count;
 * `starts`/`ends` bound its first `kept` words as the lede model found them.
 */
export function ledeShapeFeatures(
  text: string,
  units: Uint16Array,
  starts: Int32Array,
  ends: Int32Array,
  kept: number,
  hash: WordHasher,
  shape: ShapeBucket,
  out: Int32Array,
  n: number,
): number {
  const stop = firstSentenceStop(text);
  let capitals = 0;
  let before = 0;
  for (let k = 0; k < kept; k++) {
    const s = starts[k] as number;
    const e = ends[k] as number;
    if (ON.has("early") && k < EARLY) out[n++] = hash(WORD.early, units, s, e);
    if (stop >= 0 && s > stop) {
      if (ON.has("after")) out[n++] = hash(WORD.afterStop, units, s, e);
    } else before++;
    const c = units[s] as number;
    if (c >= 65 && c <= 90) capitals++;
  }
  if (ON.has("stop")) out[n++] = shape(SHAPE.stop, stop < 0 ? 31 : Math.min(16, before));
  if (ON.has("pair") && kept > 1) out[n++] = hash(WORD.pair, units, starts[0] as number, ends[1] as number);
  const cues = hardNewsCues(text, stop);
  if (ON.has("tense") && cues & PERFECT_VERB) out[n++] = shape(SHAPE.perfect, 1);
  if (ON.has("tense") && cues & FIGURE) out[n++] = shape(SHAPE.figure, 1);
  const head = text.slice(0, stop < 0 ? REACH : stop);
  if (!ON.has("day")) {
  } else if (SAID_DAY.test(head)) out[n++] = shape(SHAPE.day, 2);
  else if (DAY.test(head)) out[n++] = shape(SHAPE.day, 1);
  if (ON.has("capitals")) out[n++] = shape(SHAPE.capitals, kept === 0 ? 0 : Math.round((capitals / kept) * 4));
  const reach = kept === 0 ? 0 : (ends[kept - 1] as number);
  for (let m = 0; m < MARKS.length; m++) {
    const at = text.indexOf(MARKS[m] as string);
    if (ON.has("marks") && at >= 0 && at < reach) out[n++] = shape(SHAPE.marks, m);
  }
  if (ON.has("first") && kept > 0) n = restOfFirstSentence(text, units, ends[kept - 1] as number, kept, stop, hash, out, n);
  return n;
}

// The first sentence's words past the edge words (up to FIRST_SENTENCE_WORDS in all).
function restOfFirstSentence(
  text: string,
  units: Uint16Array,
  from: number,
  kept: number,
  stop: number,
  hash: WordHasher,
  out: Int32Array,
  n: number,
): number {
  const length = stop < 0 ? Math.min(text.length, REACH) : stop;
  let count = kept;
  for (let i = from; i < length && count < FIRST_SENTENCE_WORDS; ) {
    if (!isWordChar(units[i] as number)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (; end < length; end++) {
      const c = units[end] as number;
      if (!isWordChar(c) && c !== 39 && c !== 0x2019 && c !== 46 && c !== 45) break;
    }
    out[n++] = hash(WORD.inFirst, units, i, end);
    count++;
    i = end;
  }
  return n;
}
