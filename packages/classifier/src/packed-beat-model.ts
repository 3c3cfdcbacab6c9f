import { endianness } from "node:os";

/** What a beat model holds besides its feature weights (see BeatModelData). */
interface BeatModelHead {
  /** The beats the model tells apart, in the order of every weight list. */
  classes: string[];
  /** Weights are stored as integers: divide by this. */
  scale: number;
  /** Softmax temperature fitted on outlets kept aside from the fit. */
  temperature: number;
  bias: number[];
  /** Per class, the weights of the lexicon's evidence for each class (same order). */
  lexicon: number[][];
}

/** A beat model with a list of weights per feature: what training builds, easy to read. */
export interface UnpackedBeatModelData extends BeatModelHead {
  version: 1;
  /** A word or two-word phrase -> its weight for each class. */
  features: Record<string, number[]>;
}

/**
 * The same model as data/beat-model.json holds it: the features' names in one list and their
 * weights in one block of 16-bit integers. Parsing twenty thousand small arrays and an object
 * with twenty thousand keys was a fifth of the classifier's cold start.
 */
export interface PackedBeatModelData extends BeatModelHead {
  version: 2;
  /** The features, in the order of `weights`. */
  keys: string[];
  /** Base64 of little-endian int16: the weight of feature f for class k at f * classes + k. */
  weights: string;
}

/** A learned beat model in either form (src/train/). */
export type BeatModelData = UnpackedBeatModelData | PackedBeatModelData;

/** The features' names and their integer weights, feature-major, of either form. */
export function featureWeights(data: BeatModelData): {
  keys: string[];
  weights: ArrayLike<number>;
} {
  const K = data.classes.length;
  if (data.version === 2) {
    const weights = int16sOf(data.weights);
    if (weights.length !== data.keys.length * K) {
      throw new Error(
        `beat model: ${weights.length} weights for ${data.keys.length} features of ${K} classes; write it again with npm run pack:model`,
      );
    }
    return { keys: data.keys, weights };
  }
  const keys = Object.keys(data.features);
  // Object.values walks the keys in the same order, without looking each one up.
  const lists = Object.values(data.features);
  const weights = new Float64Array(keys.length * K);
  for (let f = 0; f < lists.length; f++) {
    const w = lists[f] as number[];
    for (let k = 0; k < K; k++) weights[f * K + k] = w[k] ?? 0;
  }
  return { keys, weights };
}

/** The packed form of a model; throws when a weight does not fit 16 bits. */
export function packBeatModel(data: BeatModelData): PackedBeatModelData {
  if (data.version === 2) return data;
  const { keys, weights } = featureWeights(data);
  const bytes = Buffer.alloc(2 * weights.length);
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (!Number.isInteger(w) || w < -32768 || w > 32767) {
      throw new Error(
        `beat model: weight ${w} of "${keys[Math.floor(i / data.classes.length)]}" is no 16-bit integer; lower the model's scale`,
      );
    }
    bytes.writeInt16LE(w, 2 * i);
  }
  const { features: _, ...head } = data;
  return { ...head, version: 2, keys, weights: bytes.toString("base64") };
}

/** The committed text of a packed model: one feature name a line, so a diff shows which moved. */
export function formatBeatModel(data: PackedBeatModelData): string {
  const { keys, weights, ...head } = data;
  const headText = JSON.stringify(head).slice(0, -1);
  return `${headText},\n"keys":[\n${keys.map((k) => JSON.stringify(k)).join(",\n")}\n],\n"weights":"${weights}"}\n`;
}

const LITTLE_ENDIAN = endianness() === "LE";

function int16sOf(base64: string): Int16Array {
  const bytes = Buffer.from(base64, "base64");
  const n = bytes.length >> 1;
  if (LITTLE_ENDIAN) {
    // A copy of its own: the decoded bytes may sit at an odd offset of a shared pool.
    const own = new Uint8Array(2 * n);
    own.set(bytes.subarray(0, 2 * n));
    return new Int16Array(own.buffer);
  }
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) out[i] = bytes.readInt16LE(2 * i);
  return out;
}
