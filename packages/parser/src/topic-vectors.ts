import { TOPIC_VECTORS } from "./learned/topic-vectors-data.js";
import { IdfTable, STEM_IDF } from "./term-idf.js";

/** Dimensions of a stem's topic vector (learned by corpus/train-topics.ts). */
export const TOPIC_DIMENSIONS = 32;
/** Paragraphs of a passage in which stems count as keeping company, when they are learned. */
export const TOPIC_PASSAGE = 3;

const ids = Buffer.from(TOPIC_VECTORS.ids, "base64");
const stems = Array.from({ length: ids.length / 4 }, (_, i) => ids.readInt32LE(i * 4));
const quantized = Buffer.from(TOPIC_VECTORS.vectors, "base64");
// Each stem's vector times its idf, so rare words say more about the subject: one lookup a stem.
const vectors = Float32Array.from(
  new Int8Array(quantized.buffer, quantized.byteOffset, quantized.length),
  (x, i) => (x / 127) * STEM_IDF.get(stems[Math.floor(i / TOPIC_DIMENSIONS)] as number),
);

// Each stem's row in `vectors`, in the open-addressed table the idf uses; -1 for others.
const ROWS = new IdfTable(
  stems,
  stems.map((_, i) => i),
  -1,
);

/**
 * Adds `weight` times a paragraph's topic vector to `into` (from `offset`): the sum of its
 * stems' vectors, each weighted by its idf, so rare words say more about the subject.
 */
export function addTopicVector(
  stems: readonly number[],
  weight: number,
  into: Float32Array,
  offset: number,
): void {
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i] as number;
    const row = ROWS.values[ROWS.indexOf(stem)] as number;
    if (row < 0) continue;
    const base = row * TOPIC_DIMENSIONS;
    for (let d = 0; d < TOPIC_DIMENSIONS; d++)
      into[offset + d] = (into[offset + d] as number) + weight * (vectors[base + d] as number);
  }
}
