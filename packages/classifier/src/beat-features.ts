import type { TokenList } from "./tokenize.js";
import type { Zone, ZoneKind } from "./zones.js";

/** How much a word counts by where it appears: the headline and lede say what a story is about. */
// Its keys are in another order than geoparse's ZONE_WEIGHT's (forty-seventh pass, docs/tried.md):
// two object literals with the same keys in the same order share V8's hidden class, and
// geoparse's 1.5 for a contributor made that field a double in both, so this 0 was read as a
// boxed number. tallyBeats, scoreBeatModel and countMemberBuckets, which compare the weight
// with 0 as a small integer, were each optimized again ("not a Smi") at the first contributor
// line of the warm-up.
export const ZONE_WEIGHT: Record<ZoneKind, number> = {
  body: 1,
  headline: 3,
  dek: 2,
  dateline: 0,
  lede: 2,
  contributor: 0,
};

/** What a feature is: a word, a two-word phrase, or a word of the headline. */
export const FeatureKind = { Word: 0, Phrase: 1, HeadlineWord: 2 } as const;
export type FeatureKind = (typeof FeatureKind)[keyof typeof FeatureKind];

/** A feature as its key in the model's vocabulary: "bank", "central bank", "^bank". */
export function featureKey(kind: FeatureKind, a: string, b: string): string {
  return kind === FeatureKind.Word ? a : kind === FeatureKind.Phrase ? `${a} ${b}` : `^${a}`;
}

/**
 * Calls `visit` for every word and every two-word phrase of an article, with the weight of
 * the zone it is in, and once more for each headline word. A phrase never runs across
 * punctuation. Numbers are left out: a year or a count says more about the date than the beat.
 * The parts are passed apart so a reader can look them up without building strings.
 */
export function visitFeatures(
  zones: Zone[],
  visit: (kind: FeatureKind, a: string, b: string, weight: number) => void,
): void {
  for (const zone of zones) {
    const w = ZONE_WEIGHT[zone.kind];
    if (w === 0) continue;
    const headline = zone.kind === "headline";
    let prev = "";
    const tokens = zone.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens.lower(i);
      if (!isFeatureWord(word)) {
        prev = "";
        continue;
      }
      visit(FeatureKind.Word, word, "", w);
      // A headline word is evidence of its own kind: the headline says what the story is about.
      if (headline) visit(FeatureKind.HeadlineWord, word, "", 1);
      if (prev !== "" && tokens.continues(i)) visit(FeatureKind.Phrase, prev, word, w);
      prev = word;
    }
  }
}

/** isFeatureWord of word i's `lower`, read from the text without cutting the string. */
export function isFeatureToken(tokens: TokenList, i: number): boolean {
  if (!tokens.ascii(i)) return isFeatureWord(tokens.lowerBeyondAscii(i));
  const c = tokens.text.charCodeAt(tokens.start(i));
  return tokens.size(i) >= 2 && !(c >= 48 && c <= 57);
}

/** Numbers and single letters are no features: a year or a count says more about the date. */
export function isFeatureWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return word.length >= 2 && !(c >= 48 && c <= 57);
}

/**
 * Turns weighted counts of features into feature values: log(1 + count), scaled to unit
 * length so a long article weighs no more than a short one. Written into `index` and `value`
 * when given (of the features' length): the classifier reuses its arrays (ScoringPool). `value`
 * may be `counts` itself: each count is read before its value is written there. `features` may
 * be longer than a given `index` (a reused list): its first `index.length` are read.
 */
export function featureValues(
  features: ArrayLike<number>,
  counts: ArrayLike<number>,
  index = new Int32Array(features.length),
  value = new Float64Array(counts.length),
): { index: Int32Array; value: Float64Array } {
  for (let i = 0; i < index.length; i++) index[i] = features[i] ?? 0;
  let norm = 0;
  for (let i = 0; i < counts.length; i++) {
    const v = Math.log1p(counts[i] ?? 0);
    value[i] = v;
    norm += v * v;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let k = 0; k < value.length; k++) value[k] = (value[k] ?? 0) * scale;
  return { index, value };
}

/**
 * The lexicon's evidence for a beat as a model input: its evidence density (raw evidence per
 * 200 words), compressed so that a long list of weak words does not swamp the text features.
 */
export function lexiconValue(raw: number, words: number): number {
  return Math.log1p(raw / (1 + words / 200));
}
