/**
 * How a text uses common function words, read as a profile of a writer's habit. Across a start
 * the decoder chose, two windows' profiles far apart mark a false start somewhat more often than a
 * true one (false-start-style.ts), too weakly to pay as a decoder penalty (docs/tried.md).
 */
export const FUNCTION_WORDS = (
  "the of and to a in that is was he she it for on with as i his her at by be have from or an they which one you " +
  "were we but not this had are all their there been has its would will more so if what when who than them about " +
  "into could can our also just like only other after some these up out do"
).split(" ");
const FUNCTION_INDEX = new Map(FUNCTION_WORDS.map((w, i) => [w, i]));

/** A paragraph's words (first slot) and each function word's uses (the rest). */
export function functionWordCounts(text: string): Float64Array {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  const out = new Float64Array(1 + FUNCTION_WORDS.length);
  out[0] = words.length;
  for (const w of words) {
    const i = FUNCTION_INDEX.get(w);
    if (i !== undefined) out[1 + i] = (out[1 + i] as number) + 1;
  }
  return out;
}

// The function words' slots of a paragraph's counts (the first holds its words).
const WORD_SLOTS = FUNCTION_WORDS.map((_, i) => i + 1);

/** The cosine distance of two summed counts' function-word profiles (0 where either has none). */
export function functionWordDistance(left: Float64Array, right: Float64Array): number {
  return cosineDistance(left, right, WORD_SLOTS);
}

/** The cosine distance of two count vectors over the slots `slots` (0 where either is all 0 there). */
export function cosineDistance(
  left: Float64Array,
  right: Float64Array,
  slots: readonly number[],
): number {
  let dot = 0;
  let ll = 0;
  let rr = 0;
  for (const i of slots) {
    const a = left[i] as number;
    const b = right[i] as number;
    dot += a * b;
    ll += a * a;
    rr += b * b;
  }
  return ll > 0 && rr > 0 ? 1 - dot / Math.sqrt(ll * rr) : 0;
}

/** The summed counts of paragraphs from..to-1 (`countsOf`: one paragraph's). */
export function summedCounts(
  countsOf: (k: number) => Float64Array,
  from: number,
  to: number,
): Float64Array {
  const out = new Float64Array(1 + FUNCTION_WORDS.length);
  for (let k = from; k < to; k++) {
    const c = countsOf(k);
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (c[i] as number);
  }
  return out;
}
