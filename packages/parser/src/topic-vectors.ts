import { TOPIC_VECTORS } from "./learned/topic-vectors-data.js";
import { IdfTable, STEM_IDF } from "./term-idf.js";
import { compileTopicSum } from "./topic-sum-wasm.js";

/** Dimensions of a stem's topic vector (learned by corpus/train-topics.ts). */
export const TOPIC_DIMENSIONS = 32;
/** Paragraphs of a passage in which stems count as keeping company, when they are learned. */
export const TOPIC_PASSAGE = 3;

const ids = Buffer.from(TOPIC_VECTORS.ids, "base64");
const stems = Array.from({ length: ids.length / 4 }, (_, i) => ids.readInt32LE(i * 4));
const quantized = Buffer.from(TOPIC_VECTORS.vectors, "base64");
// Each stem's vector times its idf, so rare words say more about the subject: one lookup a stem.
// Rounded to 32 bits as the sums are, but held as doubles: a load from a Float64Array takes one
// instruction where a Float32Array's adds a conversion, for every stem and dimension summed.
const vectors = Float64Array.from(
  new Int8Array(quantized.buffer, quantized.byteOffset, quantized.length),
  (x, i) =>
    Math.fround((x / 127) * STEM_IDF.get(stems[Math.floor(i / TOPIC_DIMENSIONS)] as number)),
);

// Each stem's row in `vectors`, in the open-addressed table the idf uses; -1 for others.
const ROWS = new IdfTable(
  stems,
  stems.map((_, i) => i),
  -1,
);

// The sum in WebAssembly (topic-sum-wasm.ts), the rows' table copied into its memory; null
// where the engine has no WebAssembly SIMD, and the sum is the JavaScript one below.
const ROW_CAPACITY = 1 << 14;
const wasm = compileTopicSum(stems.length, ROW_CAPACITY);
const { tableAt = 0, outAt = 0, rowsAt = 0 } = wasm ?? {};
const wasmSums = wasm && new Float32Array(wasm.memory.buffer, outAt, TOPIC_DIMENSIONS);
const wasmRows = wasm && new Int32Array(wasm.memory.buffer, rowsAt, ROW_CAPACITY);
if (wasm) new Float32Array(wasm.memory.buffer, tableAt, vectors.length).set(vectors);
/** Whether addTopicVector sums in WebAssembly here (for the tests). */
export const SUMS_IN_WASM = wasm !== null;
/** How many rows the module sums a call: a paragraph with more is summed in turns. */
export const WASM_ROW_CAPACITY = ROW_CAPACITY;

/**
 * Adds a paragraph's topic vector to `into` (from `offset`): the sum of the vectors of its
 * stems, stems[from..to) (a record's STEMS list, term-store.ts), each weighted by its idf, so
 * rare words say more about the subject. No weight of its own: the segmenter only sums whole
 * paragraphs, and a multiply by 1 per stem and dimension cost 0.4% of a parse's instructions.
 * `fresh`: what `into` held there is not read but overwritten, as if it were zeros (0 + x is x
 * for every entry), sparing the caller a `fill` (a native call per vector).
 */
export function addTopicVector(
  stems: ArrayLike<number>,
  from: number,
  to: number,
  into: Float32Array,
  offset: number,
  fresh = false,
): void {
  if (wasmRows === null || wasmSums === null || wasm === null) {
    addTopicVectorInJs(stems, from, to, into, offset, fresh);
    return;
  }
  // Each known stem's row, as its byte offset in the module's table; the sums loaded at the
  // first one (a paragraph with none leaves them untouched, as before).
  let started = false;
  let count = 0;
  for (let i = from; i < to; i++) {
    const row = ROWS.values[ROWS.indexOf(stems[i] as number)] as number;
    if (row < 0) continue;
    if (!started) {
      for (let d = 0; d < TOPIC_DIMENSIONS; d++)
        wasmSums[d] = fresh ? 0 : (into[offset + d] as number);
      started = true;
    } else if (count === ROW_CAPACITY) {
      wasm.sum(tableAt, outAt, rowsAt, count);
      count = 0;
    }
    wasmRows[count++] = row * TOPIC_DIMENSIONS * 4;
  }
  if (!started) {
    if (fresh) for (let d = offset; d < offset + TOPIC_DIMENSIONS; d++) into[d] = 0;
    return;
  }
  wasm.sum(tableAt, outAt, rowsAt, count);
  for (let d = 0; d < TOPIC_DIMENSIONS; d++) into[offset + d] = wasmSums[d] as number;
}

/**
 * addTopicVector in JavaScript alone, the same numbers: where the engine runs no WebAssembly
 * SIMD, and for the tests, which hold the two equal.
 */
export function addTopicVectorInJs(
  stems: ArrayLike<number>,
  from: number,
  to: number,
  into: Float32Array,
  offset: number,
  fresh = false,
): void {
  // Rows first, then eight dimensions at a time in locals: each sum is rounded to 32 bits as a
  // store into `into` would round it (Math.fround), in the same order, so the vector is the same
  // number for number, without a typed-array load and store per stem and dimension, and with
  // one pass over the rows for every eight dimensions (one at a time took twice as long).
  let count = 0;
  if (rowScratch.length < to - from) rowScratch = new Int32Array((to - from) * 2);
  const rows = rowScratch;
  for (let i = from; i < to; i++) {
    const row = ROWS.values[ROWS.indexOf(stems[i] as number)] as number;
    if (row >= 0) rows[count++] = row * TOPIC_DIMENSIONS;
  }
  if (count === 0) {
    if (fresh) for (let d = offset; d < offset + TOPIC_DIMENSIONS; d++) into[d] = 0;
    return;
  }
  for (let d = offset; d < offset + TOPIC_DIMENSIONS; d += 8) {
    let s0 = fresh ? 0 : (into[d] as number);
    let s1 = fresh ? 0 : (into[d + 1] as number);
    let s2 = fresh ? 0 : (into[d + 2] as number);
    let s3 = fresh ? 0 : (into[d + 3] as number);
    let s4 = fresh ? 0 : (into[d + 4] as number);
    let s5 = fresh ? 0 : (into[d + 5] as number);
    let s6 = fresh ? 0 : (into[d + 6] as number);
    let s7 = fresh ? 0 : (into[d + 7] as number);
    const column = d - offset;
    for (let i = 0; i < count; i++) {
      const at = (rows[i] as number) + column;
      s0 = Math.fround(s0 + (vectors[at] as number));
      s1 = Math.fround(s1 + (vectors[at + 1] as number));
      s2 = Math.fround(s2 + (vectors[at + 2] as number));
      s3 = Math.fround(s3 + (vectors[at + 3] as number));
      s4 = Math.fround(s4 + (vectors[at + 4] as number));
      s5 = Math.fround(s5 + (vectors[at + 5] as number));
      s6 = Math.fround(s6 + (vectors[at + 6] as number));
      s7 = Math.fround(s7 + (vectors[at + 7] as number));
    }
    into[d] = s0;
    into[d + 1] = s1;
    into[d + 2] = s2;
    into[d + 3] = s3;
    into[d + 4] = s4;
    into[d + 5] = s5;
    into[d + 6] = s6;
    into[d + 7] = s7;
  }
}

// Rows of one paragraph's stems, reused from paragraph to paragraph.
let rowScratch = new Int32Array(256);
