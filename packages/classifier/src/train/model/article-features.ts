import { eng as stopwords } from "stopword";
import { featureKey, lexiconValue, visitFeatures } from "../../beat-features.js";
import type { BeatLexicon } from "../../beat-lexicon.js";
import { tallyBeats } from "../../score-beats.js";
import { splitZones } from "../../zones.js";
import type { LabeledArticle } from "./labeled-articles.js";
import type { ModelSettings } from "./model-options.js";

/** An article's features, by id in the reader's table, and its lexicon evidence per class. */
export interface Doc {
  source: number;
  fold: number;
  label: number;
  weight: number;
  ids: Int32Array;
  counts: Float64Array;
  lexicon: Float64Array;
}

/**
 * Reads articles into Docs, interning every word and phrase seen and counting how many articles,
 * outlets and fixtures use each (`lexiconIndex`: each class's beat in the lexicon, -1 none).
 */
export function createFeatureReader(lexicon: BeatLexicon, lexiconIndex: number[]) {
  const intern = new Map<string, number>();
  const keys: string[] = [];
  const df: number[] = [];
  const sources: number[] = [];
  const fixtureDf: number[] = [];
  const lastSource: number[] = [];
  // Articles of the outlet being read that use the feature, and the most of any one outlet.
  const outletDf: number[] = [];
  const topOutletDf: number[] = [];
  const sourceIds = new Map<string, number>();
  const toDoc = (l: Omit<LabeledArticle, "topic">): Doc => {
    const zones = splitZones(l.article);
    let words = 0;
    for (const z of zones) if (z.kind === "lede" || z.kind === "body") words += z.tokens.length;
    const raw = tallyBeats(zones, lexicon).raw;
    const lex = Float64Array.from(lexiconIndex, (b) =>
      lexiconValue(b >= 0 ? (raw[b] ?? 0) : 0, words),
    );
    const source = sourceIds.get(l.source) ?? sourceIds.size;
    sourceIds.set(l.source, source);
    const counts = new Map<number, number>();
    visitFeatures(zones, (kind, a, b, w) => {
      const key = featureKey(kind, a, b);
      let id = intern.get(key);
      if (id === undefined) {
        id = keys.length;
        intern.set(key, id);
        keys.push(key);
        df.push(0);
        sources.push(0);
        fixtureDf.push(0);
        lastSource.push(-1);
        outletDf.push(0);
        topOutletDf.push(0);
      }
      counts.set(id, (counts.get(id) ?? 0) + w);
    });
    // The reference dump is only measured: it never shapes the vocabulary.
    for (const id of l.fold === -2 ? [] : counts.keys()) {
      df[id] = (df[id] ?? 0) + 1;
      if (l.fold === -1) fixtureDf[id] = (fixtureDf[id] ?? 0) + 1;
      if (lastSource[id] !== source) {
        lastSource[id] = source;
        sources[id] = (sources[id] ?? 0) + 1;
        outletDf[id] = 0;
      }
      if (l.fold === -1) continue;
      outletDf[id] = (outletDf[id] ?? 0) + 1;
      topOutletDf[id] = Math.max(topOutletDf[id] ?? 0, outletDf[id] ?? 0);
    }
    return {
      source,
      fold: l.fold,
      label: l.label,
      weight: l.weight,
      ids: Int32Array.from(counts.keys()),
      counts: Float64Array.from(counts.values()),
      lexicon: lex,
    };
  };
  return { toDoc, keys, df, sources, fixtureDf, topOutletDf };
}

const stop = new Set(stopwords);

/** Whether a word or phrase is or holds a stopword: never a feature. */
export function holdsStopword(key: string): boolean {
  return key.split(" ").some((w) => stop.has(w));
}

/**
 * The vocabulary: words and phrases of several outlets (one outlet's boilerplate is no beat
 * evidence), never a stopword or a phrase holding one. `vocabOf` maps a reader's id to its
 * place in `vocab`, -1 when left out.
 */
export function buildVocabulary(
  seen: Pick<
    ReturnType<typeof createFeatureReader>,
    "keys" | "df" | "sources" | "fixtureDf" | "topOutletDf"
  >,
  settings: ModelSettings,
) {
  const { keys, df, sources, fixtureDf, topOutletDf } = seen;
  const vocabOf = new Int32Array(keys.length).fill(-1);
  const vocab: string[] = [];
  keys.forEach((key, id) => {
    if (holdsStopword(key)) return;
    const common =
      (df[id] ?? 0) >= settings.minDf &&
      (sources[id] ?? 0) >= settings.minSources &&
      !concentrated(
        topOutletDf[id] ?? 0,
        (df[id] ?? 0) - (fixtureDf[id] ?? 0),
        settings.maxOutletShare,
      );
    if (!common && (fixtureDf[id] ?? 0) < 2) return;
    vocabOf[id] = vocab.length;
    vocab.push(key);
  });
  return { vocabOf, vocab };
}

/**
 * Whether one outlet holds more than `maxShare` of a feature's corpus articles: its house style
 * (a column's name, a section's boilerplate) rather than a beat's word.
 */
export function concentrated(topOutletDf: number, corpusDf: number, maxShare: number): boolean {
  return maxShare < 1 && corpusDf > 0 && topOutletDf / corpusDf > maxShare;
}
