import { lexiconValue } from "./beat-features.js";
import { type BeatModelData, featureWeights } from "./packed-beat-model.js";
import type { BeatTally } from "./score-beats.js";

/** What the combiner reads for each beat, in the order of `BeatCombinerData.weights`. */
export const COMBINER_INPUTS = ["model", "lexicon", "single", "headline", "lede"] as const;
export const INPUTS = COMBINER_INPUTS.length;

/**
 * How the learned model's logits and the lexicon's evidence make one beat score, as committed
 * in data/beat-combiner.json (src/train/train-beat-combiner.ts): a small logistic regression
 * over, per beat, the model's logit, the lexicon's evidence density (all of it, and the part
 * from one-word terms), the lexicon's evidence in the headline and in the dek and lede.
 */
export interface BeatCombinerData {
  version: 1;
  /** modelFingerprint of the beat model it was learned on: relearn when that changes. */
  model: string;
  /** Weight of each input, shared by every beat (COMBINER_INPUTS order). */
  weights: number[];
  /** Per beat id: a bias, and what the beat adds to the shared lexicon weight (rare beats lean on it). */
  bias: Record<string, number>;
  lexicon: Record<string, number>;
  /** Per beat id, what it adds to the shared weight of one-word terms ("race" says little of sport). */
  single: Record<string, number>;
  /** Softmax temperature fitted on outlets the combiner and the model never learned from. */
  temperature: number;
  /** A second beat is listed when its probability reaches this. */
  secondary: number;
}

/** The combiner laid out by the decider's beat order. */
export interface BeatCombiner {
  weights: Float64Array;
  bias: Float64Array;
  lexicon: Float64Array;
  single: Float64Array;
  temperature: number;
  secondary: number;
}

/**
 * The combination the model was trained with: its own logits at its own temperature, and a
 * second beat from 0.25. What a model passed without a combiner of its own gets.
 */
export function identityCombiner(temperature: number): BeatCombinerData {
  return {
    version: 1,
    model: "",
    weights: COMBINER_INPUTS.map((n) => (n === "model" ? 1 : 0)),
    bias: {},
    lexicon: {},
    single: {},
    temperature,
    secondary: 0.25,
  };
}

/** Lays the combiner's per-beat numbers out in `beatIds` order (0 for a beat it lacks). */
export function compileCombiner(data: BeatCombinerData, beatIds: string[]): BeatCombiner {
  return {
    weights: Float64Array.from(COMBINER_INPUTS, (_, i) => data.weights[i] ?? 0),
    bias: Float64Array.from(beatIds, (id) => data.bias[id] ?? 0),
    lexicon: Float64Array.from(beatIds, (id) => data.lexicon[id] ?? 0),
    single: Float64Array.from(beatIds, (id) => data.single?.[id] ?? 0),
    temperature: data.temperature,
    secondary: data.secondary,
  };
}

/**
 * Writes lexicon beat b's inputs into `out` at `at` (COMBINER_INPUTS order); `words` is the
 * length of the lede and body.
 */
export function combinerInputs(
  modelLogit: number,
  tally: BeatTally,
  b: number,
  words: number,
  out: Float64Array,
  at: number,
): void {
  out[at] = modelLogit;
  out[at + 1] = lexiconValue(tally.raw[b] ?? 0, words);
  out[at + 2] = lexiconValue(tally.single[b] ?? 0, words);
  // Headline and lede are short: their evidence is counted, not spread over the article.
  out[at + 3] = Math.log1p(tally.headline[b] ?? 0);
  out[at + 4] = Math.log1p(tally.lede[b] ?? 0);
}

/** The learned numbers of a combiner, which training fits. */
export type CombinerWeights = Pick<BeatCombiner, "weights" | "bias" | "lexicon" | "single">;

/** Beat i's score (a logit) from its inputs at `inputs[i * INPUTS ...]`. */
export function combinedLogit(c: CombinerWeights, inputs: Float64Array, i: number): number {
  const at = i * INPUTS;
  let s =
    (c.bias[i] ?? 0) +
    (c.lexicon[i] ?? 0) * (inputs[at + 1] ?? 0) +
    (c.single[i] ?? 0) * (inputs[at + 2] ?? 0);
  for (let j = 0; j < INPUTS; j++) s += (c.weights[j] ?? 0) * (inputs[at + j] ?? 0);
  return s;
}

/**
 * A short fingerprint of a beat model's numbers (FNV-1a): the combiner records the one it was
 * learned on, and a test fails when the model changed without it being learned again.
 */
export function modelFingerprint(model: BeatModelData): string {
  let h = 0x811c9dc5;
  const text = JSON.stringify([model.classes, model.scale, model.bias, model.lexicon]);
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  mix(text);
  // The same text for either form of the model: packing it changes no fingerprint.
  const K = model.classes.length;
  const { keys, weights } = featureWeights(model);
  for (let f = 0; f < keys.length; f++) {
    mix(`${keys[f]}:${Array.prototype.slice.call(weights, f * K, (f + 1) * K).join(",")}`);
  }
  return h.toString(16).padStart(8, "0");
}
