import { codeUnitsOf } from "../code-units.js";
import { FIGURE, hardNewsCues, PERFECT_VERB } from "../hard-news-cues.js";
import {
  hashedFeatures,
  MAX_HASHED_FEATURES,
  SHAPE_IDS,
  shapeFeature,
  wordFeature,
} from "../hashed-features.js";
import { isWordChar } from "../words.js";
import { auc } from "./auc.js";
import {
  type CorpusArticle,
  corpusOrExplain,
  foldOf,
  isHeldOut,
  VALIDATION_FOLD,
} from "./corpus-articles.js";
import { fitHashed } from "./logistic.js";
import { indexed, type OutletSample, VOCABULARY, vocabularyOf } from "./outlet-vocabulary.js";

/**
 * `node dist-tools/corpus/lede-screen.js [families...]`: a cheap screen of richer lede models
 * (issue #13). Each family of features is added to the lede model's own (hashedFeatures), the
 * model fitted on the training folds without the validation fold (vocabulary: the words and
 * word-like features most outlets use, at least MIN_OUTLETS), and measured on the validation
 * fold's paragraphs: AUC and class-balanced log loss of first paragraphs against the rest, and
 * against paragraphs six or more into their article (where the decoder's deep gaps lie).
 */

const VOCABULARY_SIZE = Number(process.env.LEDE_VOCAB ?? VOCABULARY);
const EDGE = 15;
// Shape tags the lede model leaves free (hashed-features.ts uses 0-4).
const SHAPE = {
  perfect: 5,
  figure: 6,
  day: 7,
  stop: 8,
  capitals: 9,
  place: 10,
  dateline: 11,
  marks: 12,
};
// Word-feature tags of the new families (character codes unused by hashed-features.ts).
const WTAG = { early: 101, afterStop: 110, pair: 112, inFirst: 115 };

const DAYS = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const SAID_DAY =
  /\bsaid (?:on |late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const IN_PLACE = /\b(?:in|at|from) (?:the )?[A-Z][a-z]+/;
const DATELINE = /^[A-Z][A-Z .,'-]{2,40}(?:\([^)]{1,30}\))? ?[-\u2013\u2014:]/;
const MARKS = ["(", ":", "\u2014", "\u2013", ";", "%", "$"];

interface Words {
  starts: number[];
  ends: number[];
}

function firstWords(units: Uint16Array, length: number, limit: number): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < length && starts.length < limit; ) {
    if (!isWordChar(units[i] as number)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (; end < length; end++) {
      const c = units[end] as number;
      if (!isWordChar(c) && c !== 39 && c !== 0x2019 && c !== 46 && c !== 45) break;
    }
    starts.push(i);
    ends.push(end);
    i = end;
  }
  return { starts, ends };
}

/** End of the first sentence: a full stop, ? or ! followed by a space and a capital or quote. */
function firstSentenceEnd(text: string): number {
  const m = /[.?!]["\u201d\u2019]?\s+["\u201c\u2018]?[A-Z]/.exec(text);
  return m === null ? -1 : m.index + 1;
}

export function extraFeatures(text: string, families: ReadonlySet<string>, out: number[]): void {
  const units = codeUnitsOf(text);
  const { starts, ends } = firstWords(units, text.length, EDGE);
  const stop = firstSentenceEnd(text);
  if (families.has("early"))
    for (let k = 0; k < Math.min(5, starts.length); k++)
      out.push(wordFeature(WTAG.early, units, starts[k] as number, ends[k] as number));
  if (families.has("sentence")) {
    for (let k = 0; k < starts.length; k++)
      if (stop >= 0 && (starts[k] as number) > stop)
        out.push(wordFeature(WTAG.afterStop, units, starts[k] as number, ends[k] as number));
    const at = stop < 0 ? 31 : starts.filter((s) => s < stop).length;
    out.push(shapeFeature(SHAPE.stop, Math.min(16, at)));
  }
  if (families.has("pair") && starts.length > 1)
    out.push(wordFeature(WTAG.pair, units, starts[0] as number, ends[1] as number));
  if (families.has("tense")) {
    const cues = hardNewsCues(text, stop);
    if (cues & PERFECT_VERB) out.push(shapeFeature(SHAPE.perfect, 1));
    if (cues & FIGURE) out.push(shapeFeature(SHAPE.figure, 1));
    const head = stop < 0 ? text.slice(0, 240) : text.slice(0, stop);
    if (SAID_DAY.test(head)) out.push(shapeFeature(SHAPE.day, 2));
    else if (DAYS.test(head)) out.push(shapeFeature(SHAPE.day, 1));
  }
  if (families.has("place")) {
    const head = stop < 0 ? text.slice(0, 240) : text.slice(0, stop);
    if (IN_PLACE.test(head)) out.push(shapeFeature(SHAPE.place, 1));
    if (DATELINE.test(text)) out.push(shapeFeature(SHAPE.dateline, 1));
  }
  if (families.has("shape")) {
    let capitals = 0;
    for (const s of starts) {
      const c = units[s] as number;
      if (c >= 65 && c <= 90) capitals++;
    }
    out.push(
      shapeFeature(
        SHAPE.capitals,
        starts.length === 0 ? 0 : Math.round((capitals / starts.length) * 4),
      ),
    );
    const reach = starts.length === 0 ? 0 : (ends[starts.length - 1] as number);
    for (let m = 0; m < MARKS.length; m++) {
      const at = text.indexOf(MARKS[m] as string);
      if (at >= 0 && at < reach) out.push(shapeFeature(SHAPE.marks, m));
    }
  }
  if (families.has("first")) {
    // Every word of the first sentence (up to 40), tagged apart from the 15 edge words.
    const end = stop < 0 ? Math.min(text.length, 240) : stop;
    const more = firstWords(units, end, 40);
    for (let k = EDGE; k < more.starts.length; k++)
      out.push(wordFeature(WTAG.inFirst, units, more.starts[k] as number, more.ends[k] as number));
  }
}

type Sample = OutletSample & { index: number };

function samples(articles: readonly CorpusArticle[], families: ReadonlySet<string>): Sample[] {
  const out: Sample[] = [];
  const buffer = new Int32Array(MAX_HASHED_FEATURES);
  const outlets = new Map<string, number>();
  for (const a of articles) {
    const outlet = outlets.get(a.source) ?? outlets.size;
    outlets.set(a.source, outlet);
    a.paragraphs.forEach((p, index) => {
      const n = hashedFeatures(p, "lede", buffer);
      const features = [...buffer.subarray(0, n)];
      extraFeatures(p, families, features);
      out.push({ features: Int32Array.from(features), y: index === 0 ? 1 : 0, outlet, index });
    });
  }
  return out;
}

function balancedLogLoss(z: readonly number[], ys: readonly number[]): number {
  const sums = [0, 0];
  const counts = [0, 0];
  z.forEach((v, i) => {
    const y = ys[i] as 0 | 1;
    const p = 1 / (1 + Math.exp(-v));
    sums[y] = (sums[y] as number) - Math.log(Math.max(1e-12, y === 1 ? p : 1 - p));
    counts[y] = (counts[y] as number) + 1;
  });
  return (
    ((sums[0] as number) / (counts[0] as number) + (sums[1] as number) / (counts[1] as number)) / 2
  );
}

function screen(
  train: readonly CorpusArticle[],
  test: readonly CorpusArticle[],
  label: string,
): void {
  const families = new Set(label.split("+").filter((a) => a !== "base"));
  const raw = samples(train, families);
  const vocabulary = vocabularyOf(raw, VOCABULARY_SIZE);
  const model = fitHashed(indexed(raw, vocabulary), SHAPE_IDS + vocabulary.length, { epochs: 3 });
  const scored = indexed(samples(test, families), vocabulary).map((s) => {
    let z = model.bias;
    for (const f of s.features) z += model.table[f] as number;
    return { z, y: s.y, index: s.index };
  });
  const deep = scored.filter((s) => s.y === 1 || s.index >= 6);
  const row = (list: typeof scored) =>
    `${auc(
      list.map((s) => s.z),
      list.map((s) => s.y),
    ).toFixed(4)} / ${balancedLogLoss(
      list.map((s) => s.z),
      list.map((s) => s.y),
    ).toFixed(4)}`;
  console.log(
    `${label.padEnd(36)} vocab ${vocabulary.length}  all (AUC / bal. log loss) ${row(scored)}  deep 6+ ${row(deep)}`,
  );
}

function main(): void {
  const corpus = corpusOrExplain("lede screen", true);
  if (corpus === null) return;
  const train = corpus.filter((a) => !isHeldOut(a.source) && foldOf(a.source) !== VALIDATION_FOLD);
  const test = corpus.filter((a) => foldOf(a.source) === VALIDATION_FOLD);
  for (const label of process.argv.slice(2)) screen(train, test, label);
}

main();
