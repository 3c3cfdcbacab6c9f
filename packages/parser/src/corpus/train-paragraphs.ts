import {
  hashedFeatures,
  MAX_HASHED_FEATURES,
  SHAPE_IDS,
  type SignalKind,
} from "../hashed-features.js";
import { lexicalFeatures } from "../lexical-features.js";
import { isBoilerplate, isByline } from "../line-kinds.js";
import { KEYS, STEMS, termsOf } from "../term-store.js";
import { type CorpusArticle, corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { writeLearned } from "./learned-files.js";
import { encodeTable, fitHashed, type HashedSample } from "./logistic.js";
import { indexed, type OutletSample, vocabularyOf } from "./outlet-vocabulary.js";

/**
 * `npm run train`, first step: from the training outlets of the newsroom corpus, the idf of the
 * commonest terms and three paragraph models over hashed words and shape: lede or not, last
 * paragraph or not, headline or body line.
 */

// The commonest terms kept in the idf tables; the rest count as rarer than all of them.
const IDF_TERMS = 3000;
// Body lines this short or shorter are what a headline model must tell titles from.
const SHORT_LINE_WORDS = 30;

function features(text: string, kind: SignalKind): Int32Array {
  const out = new Int32Array(MAX_HASHED_FEATURES);
  return out.slice(0, hashedFeatures(text, kind, out));
}

function samplesFor(articles: readonly CorpusArticle[], kind: SignalKind): OutletSample[] {
  const samples: OutletSample[] = [];
  const outlets = new Map<string, number>();
  for (const a of articles) {
    const outlet = outlets.get(a.source) ?? outlets.size;
    outlets.set(a.source, outlet);
    const push = (sample: HashedSample) => samples.push({ ...sample, outlet });
    const last = a.paragraphs.length - 1;
    if (kind === "headline") push({ features: features(a.title, kind), y: 1 });
    a.paragraphs.forEach((p, i) => {
      if (kind === "headline") {
        // Bylines and known debris are told by their own rules; the rest of the short lines are
        // what a headline must not be taken for.
        if (p.split(" ").length > SHORT_LINE_WORDS || isByline(p) || isBoilerplate(p)) return;
        push({ features: features(p, kind), y: 0 });
        return;
      }
      const y = kind === "lede" ? i === 0 : i === last && last > 0;
      push({ features: features(p, kind), y: y ? 1 : 0 });
    });
  }
  return samples;
}

function accuracy(model: { bias: number; table: Float32Array }, samples: readonly HashedSample[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of samples) {
    let z = model.bias;
    for (const f of s.features) z += model.table[f] as number;
    if (z > 0 && s.y === 1) tp++;
    else if (z > 0) fp++;
    else if (s.y === 1) fn++;
  }
  return `precision ${(tp / Math.max(1, tp + fp)).toFixed(3)} recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}`;
}

function idfTable(articles: readonly CorpusArticle[]) {
  const stemDf = new Map<number, number>();
  const keyDf = new Map<number, number>();
  for (const a of articles) {
    const stems = new Set<number>();
    const keys = new Set<number>();
    for (const p of a.paragraphs) {
      const f = lexicalFeatures(p);
      for (const s of termsOf(f, STEMS)) stems.add(s);
      for (const k of termsOf(f, KEYS)) keys.add(k);
    }
    for (const s of stems) stemDf.set(s, (stemDf.get(s) ?? 0) + 1);
    for (const k of keys) keyDf.set(k, (keyDf.get(k) ?? 0) + 1);
  }
  const n = articles.length;
  const scale = 0.05;
  const pack = (df: Map<number, number>) => {
    const top = [...df].sort((x, y) => y[1] - x[1]).slice(0, IDF_TERMS);
    const ids = Buffer.alloc(top.length * 4);
    const idfs = Buffer.alloc(top.length);
    top.forEach(([id, count], i) => {
      ids.writeInt32LE(id, i * 4);
      idfs[i] = Math.min(255, Math.round(Math.log(n / count) / scale));
    });
    const rarest = top.at(-1)?.[1] ?? 1;
    // A term outside the table is rarer than its rarest: half as common, on average.
    const unknown = Math.round(Math.log((2 * n) / rarest) / scale) * scale;
    return `{ ids: "${ids.toString("base64")}", idfs: "${idfs.toString("base64")}", unknown: ${unknown.toFixed(2)} }`;
  };
  return `/** Term ids (int32 little-endian, base64) and their idf (bytes times \`scale\`, base64). */
export const TERM_IDF = {
  scale: ${scale},
  stems: ${pack(stemDf)},
  keys: ${pack(keyDf)},
};
`;
}

function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train, test } = splitByOutlet(corpus);
  console.log(
    `training on ${train.length} articles of ${new Set(train.map((a) => a.source)).size} outlets`,
  );
  writeLearned("term-idf-data.ts", idfTable(train));
  const models: string[] = [];
  for (const kind of ["lede", "ending", "headline"] as const) {
    const raw = samplesFor(train, kind);
    const vocabulary = vocabularyOf(raw);
    const model = fitHashed(indexed(raw, vocabulary), SHAPE_IDS + vocabulary.length, { epochs: 3 });
    console.log(
      `${kind} model (${vocabulary.length} words) on held-out outlets: ${accuracy(model, indexed(samplesFor(test, kind), vocabulary))}`,
    );
    const { scale, weights } = encodeTable(model.table);
    const ids = Buffer.alloc(vocabulary.length * 4);
    vocabulary.forEach((id, i) => {
      ids.writeInt32LE(id, i * 4);
    });
    models.push(
      `  ${kind}: { bias: ${model.bias.toFixed(4)}, scale: ${scale.toPrecision(6)},\n    vocabulary: "${ids.toString("base64")}",\n    weights: "${weights}" },`,
    );
  }
  writeLearned(
    "paragraph-models.ts",
    `import type { HashedModel } from "../hashed-features.js";

export const PARAGRAPH_MODELS: Record<"lede" | "ending" | "headline", HashedModel> = {
${models.join("\n")}
};
`,
  );
}

main();
