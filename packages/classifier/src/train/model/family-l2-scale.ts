/** A factor on the L2 penalty per feature family: words, two-word phrases, headline words. */
export interface FamilyL2 {
  word: number;
  phrase: number;
  headline: number;
}

/** Every family at 1: the penalty main fits with. */
export const EVEN_FAMILY_L2: FamilyL2 = { word: 1, phrase: 1, headline: 1 };

/**
 * Per vocabulary feature, its family's factor on the L2 penalty, read from the feature's key
 * (src/beat-features.ts `featureKey`: "bank", "central bank", "^bank"). A phrase is rarer than
 * its words and a headline word repeats one of the article's words, so each family may need
 * its own shrinkage (issue #14, forty-first pass).
 */
export function familyL2Scale(vocab: readonly string[], factors: FamilyL2): Float64Array {
  const scale = new Float64Array(vocab.length);
  vocab.forEach((key, f) => {
    scale[f] = key.startsWith("^")
      ? factors.headline
      : key.includes(" ")
        ? factors.phrase
        : factors.word;
  });
  return scale;
}

/** Reads "W,P,H" (three factors) as a FamilyL2; null when it is not three positive numbers. */
export function parseFamilyL2(text: string): FamilyL2 | null {
  const parts = text.split(",").map((s) => Number(s.trim()));
  if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x) || x <= 0)) return null;
  const [word = 1, phrase = 1, headline = 1] = parts;
  return { word, phrase, headline };
}

/** Two per-feature factors multiplied (the outlets' and the families'). */
export function multiplyScales(a: Float64Array, b: Float64Array): Float64Array {
  return Float64Array.from(a, (x, i) => x * (b[i] ?? 1));
}
