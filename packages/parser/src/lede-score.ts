import {
  charClass,
  EDGE_WORDS,
  shapeFeature,
  TAG,
  wordFeature,
  wordsBucket,
} from "./hashed-features.js";
import { modelWeights } from "./paragraph-signals.js";

const LEDE = modelWeights("lede");
const VOCABULARY = LEDE.words;
const WORD_WEIGHTS = VOCABULARY.values;

/**
 * The lede model's log-odds of a paragraph (paragraphLogit("lede", ...)), from the bounds of
 * its first EDGE_WORDS words as the lexical pass finds them (the model's words, found the same
 * way), hashed from the code units the pass read: the lede model found them again in a second
 * copy of the paragraph, for most paragraphs the pass reads. Each weight is added in
 * hashedFeatures' order, so the sum is the same number.
 */
export class LedeScore {
  /** Bounds of the paragraph's first EDGE_WORDS words, written by the lexical pass. */
  readonly starts = new Int32Array(EDGE_WORDS);
  readonly ends = new Int32Array(EDGE_WORDS);
  /**
   * Each word's TAG.word feature where the pass hashed it as it read the word (a feature id is
   * never 0), else 0: hashed here from its bounds.
   */
  readonly wordIds = new Int32Array(EDGE_WORDS);

  /** The log-odds of `text`, of `words` words, whose code units are `units`. */
  finish(units: Uint16Array, text: string, words: number): number {
    const { starts, ends, wordIds } = this;
    const kept = Math.min(words, EDGE_WORDS);
    let z = LEDE.bias;
    for (let k = 0; k < kept; k++) {
      const known = wordIds[k] as number;
      const id =
        known !== 0 ? known : wordFeature(TAG.word, units, starts[k] as number, ends[k] as number);
      z += WORD_WEIGHTS[VOCABULARY.indexOf(id)] as number;
    }
    // Each weight read where it is added, not through a helper: V8 inlines one call site of a
    // helper here and not the others, and a double returned from a call not inlined is a new
    // heap number (three a paragraph); an index is a small integer.
    if (kept > 0) {
      const first = wordFeature(TAG.first, units, starts[0] as number, ends[0] as number);
      z += WORD_WEIGHTS[VOCABULARY.indexOf(first)] as number;
      if (kept > 1) {
        const second = wordFeature(TAG.second, units, starts[1] as number, ends[1] as number);
        z += WORD_WEIGHTS[VOCABULARY.indexOf(second)] as number;
      }
      if (words <= EDGE_WORDS) {
        const l = kept - 1;
        const last = wordFeature(TAG.last, units, starts[l] as number, ends[l] as number);
        z += WORD_WEIGHTS[VOCABULARY.indexOf(last)] as number;
      }
    }
    z += LEDE.shapes[shapeFeature(TAG.words, wordsBucket(words))] as number;
    // From the string, as hashedFeatures reads them: an empty text's are NaN.
    z += LEDE.shapes[shapeFeature(TAG.opens, charClass(text.charCodeAt(0)))] as number;
    z += LEDE.shapes[shapeFeature(TAG.ends, charClass(text.charCodeAt(text.length - 1)))] as number;
    return z;
  }
}
