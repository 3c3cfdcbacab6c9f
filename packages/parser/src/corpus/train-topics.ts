import { Matrix } from "ml-matrix";
import { lexicalFeatures } from "../lexical-features.js";
import { STEMS, termsOf } from "../term-store.js";
import { TOPIC_DIMENSIONS, TOPIC_PASSAGE } from "../topic-vectors.js";
import { corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { writeLearned } from "./learned-files.js";
import { topSingularVectors } from "./randomized-svd.js";

/**
 * `npm run train`, before the gap weights: a topic vector for each of the commonest stems, so
 * that two paragraphs about one subject in other words ("vote", "ballot", "poll") read as near.
 * Stems that keep company within passages of TOPIC_PASSAGE paragraphs of the training outlets'
 * articles get near vectors: the top singular vectors of their positive pointwise mutual
 * information (PPMI), each stem's vector of unit length, written as int8.
 */

// The commonest stems given a vector (as many as the idf table holds).
const VOCABULARY = 3000;
// Context counts raised to this power before PMI: rare stems' PMI is otherwise inflated.
const CONTEXT_SMOOTHING = 0.75;

function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  const stemsOf = train.map((a) => a.paragraphs.map((p) => termsOf(lexicalFeatures(p), STEMS)));
  const vocabulary = commonestStems(stemsOf);
  const row = new Map(vocabulary.map((stem, i) => [stem, i]));
  const counts = cooccurrence(stemsOf, row, vocabulary.length);
  const { vectors, singularValues } = topSingularVectors(ppmi(counts), TOPIC_DIMENSIONS);
  console.log(
    `topic vectors of ${vocabulary.length} stems from ${train.length} articles; singular values ${singularValues
      .slice(0, 6)
      .map((s) => s.toFixed(1))
      .join(" ")} ... ${singularValues.at(-1)?.toFixed(1)}`,
  );
  const ids = Buffer.alloc(vocabulary.length * 4);
  const quantized = Buffer.alloc(vocabulary.length * TOPIC_DIMENSIONS);
  vocabulary.forEach((stem, i) => {
    ids.writeInt32LE(stem, i * 4);
    const v = vectors.getRow(i);
    const norm = Math.hypot(...v) || 1;
    v.forEach((x, d) => {
      quantized.writeInt8(Math.round((127 * x) / norm), i * TOPIC_DIMENSIONS + d);
    });
  });
  writeLearned(
    "topic-vectors-data.ts",
    `/** Stem ids (int32 little-endian, base64) and their unit topic vectors (int8 over 127, base64). */
export const TOPIC_VECTORS = {
  ids: "${ids.toString("base64")}",
  vectors: "${quantized.toString("base64")}",
};
`,
  );
}

/** The stems used by the most articles, most first (ties by id, so every run agrees). */
function commonestStems(stemsOf: readonly (readonly (readonly number[])[])[]): number[] {
  const df = new Map<number, number>();
  for (const article of stemsOf) {
    const seen = new Set<number>();
    for (const stems of article) for (const s of stems) seen.add(s);
    for (const s of seen) df.set(s, (df.get(s) ?? 0) + 1);
  }
  return [...df]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, VOCABULARY)
    .map(([stem]) => stem);
}

/** How many passages of TOPIC_PASSAGE consecutive paragraphs hold each pair of stems. */
function cooccurrence(
  stemsOf: readonly (readonly (readonly number[])[])[],
  row: ReadonlyMap<number, number>,
  n: number,
): Float64Array {
  const counts = new Float64Array(n * n);
  const inPassage = new Set<number>();
  for (const article of stemsOf) {
    for (let first = 0; first < article.length; first += TOPIC_PASSAGE) {
      inPassage.clear();
      for (let k = first; k < first + TOPIC_PASSAGE && k < article.length; k++)
        for (const s of article[k] as readonly number[]) {
          const i = row.get(s);
          if (i !== undefined) inPassage.add(i);
        }
      const rows = [...inPassage];
      for (const i of rows)
        for (const j of rows) if (i !== j) counts[i * n + j] = (counts[i * n + j] as number) + 1;
    }
  }
  return counts;
}

/** Positive PMI of the counts, with smoothed context probabilities. */
function ppmi(counts: Float64Array): Matrix {
  const n = Math.round(Math.sqrt(counts.length));
  const rowSums = new Float64Array(n);
  const contextMass = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) rowSums[i] = (rowSums[i] as number) + (counts[i * n + j] as number);
  let smoothedTotal = 0;
  for (let i = 0; i < n; i++) {
    total += rowSums[i] as number;
    contextMass[i] = (rowSums[i] as number) ** CONTEXT_SMOOTHING;
    smoothedTotal += contextMass[i] as number;
  }
  const m = Matrix.zeros(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const c = counts[i * n + j] as number;
      if (c === 0) continue;
      const pmi = Math.log(
        c /
          total /
          (((rowSums[i] as number) / total) * ((contextMass[j] as number) / smoothedTotal)),
      );
      if (pmi > 0) m.set(i, j, pmi);
    }
  }
  // Smoothing the contexts alone made the matrix lean; the SVD wants it symmetric.
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const mean = (m.get(i, j) + m.get(j, i)) / 2;
      m.set(i, j, mean);
      m.set(j, i, mean);
    }
  return m;
}

main();
