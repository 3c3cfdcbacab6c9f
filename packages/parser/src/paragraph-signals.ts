import {
  type HashedModel,
  hashedFeatures,
  MAX_HASHED_FEATURES,
  SHAPE_IDS,
  type SignalKind,
} from "./hashed-features.js";
import { PARAGRAPH_MODELS } from "./learned/paragraph-models.js";
import { IdfTable } from "./term-idf.js";

/** A model's weights, decoded once from the committed data. */
export interface Weights {
  bias: number;
  /** Weights of the shape features, by id. */
  shapes: Float32Array;
  /** Weights of the vocabulary's words, by feature id; 0 for other words. */
  words: IdfTable;
}

function decode(model: HashedModel): Weights {
  const bytes = Buffer.from(model.weights, "base64");
  const weight = (i: number) => (i < bytes.length ? ((bytes[i] as number) - 128) * model.scale : 0);
  const shapes = new Float32Array(SHAPE_IDS);
  for (let i = 0; i < SHAPE_IDS; i++) shapes[i] = weight(i);
  const ids = Buffer.from(model.vocabulary, "base64");
  const wordIds: number[] = [];
  const wordWeights: number[] = [];
  for (let i = 0; i + 3 < ids.length; i += 4) {
    wordIds.push(ids.readInt32LE(i));
    wordWeights.push(weight(SHAPE_IDS + i / 4));
  }
  return { bias: model.bias, shapes, words: new IdfTable(wordIds, wordWeights, 0) };
}

const WEIGHTS: Record<SignalKind, Weights> = {
  lede: decode(PARAGRAPH_MODELS.lede),
  ending: decode(PARAGRAPH_MODELS.ending),
  headline: decode(PARAGRAPH_MODELS.headline),
};

/** The weights of a model, for a pass that sums a paragraph's features as it finds them. */
export function modelWeights(kind: SignalKind): Weights {
  return WEIGHTS[kind];
}

const features = new Int32Array(MAX_HASHED_FEATURES);

/**
 * The log-odds, learned from real newsroom text, that a paragraph is an article's lede
 * ("lede"), its last paragraph ("ending"), or that a line is a headline ("headline").
 */
export function paragraphLogit(kind: SignalKind, text: string, words?: number): number {
  const w = WEIGHTS[kind];
  const n = hashedFeatures(text, kind, features, words);
  const { shapes, words: vocabulary } = w;
  const weights = vocabulary.values;
  let z = w.bias;
  for (let i = 0; i < n; i++) {
    const id = features[i] as number;
    z += id < SHAPE_IDS ? (shapes[id] as number) : (weights[vocabulary.indexOf(id)] as number);
  }
  return z;
}

/** The logistic function: log-odds to a probability. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
