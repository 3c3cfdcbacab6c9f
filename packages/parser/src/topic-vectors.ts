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
  // Rows first, then one dimension at a time in a local: each sum is rounded to 32 bits as a
  // store into `into` would round it (Math.fround), in the same order, so the vector is the same
  // number for number, without a typed-array load and store per stem and dimension.
  let count = 0;
  if (rowScratch.length < stems.length) rowScratch = new Int32Array(stems.length * 2);
  for (let i = 0; i < stems.length; i++) {
    const row = ROWS.values[ROWS.indexOf(stems[i] as number)] as number;
    if (row >= 0) rowScratch[count++] = row * TOPIC_DIMENSIONS;
  }
  for (let d = 0; d < TOPIC_DIMENSIONS; d++) {
    let sum = into[offset + d] as number;
    for (let i = 0; i < count; i++)
      sum = Math.fround(sum + weight * (vectors[(rowScratch[i] as number) + d] as number));
    into[offset + d] = sum;
  }
}

// Rows of one paragraph's stems, reused from paragraph to paragraph.
let rowScratch = new Int32Array(256);
