import type { BeatLexicon } from "../../beat-lexicon.js";
import { type BeatDecider, beatInputs } from "../../decide-beats.js";
import { readCorpusOrExit, sourceHash } from "../../eval/corpus-articles.js";
import { loadFixtureArticles } from "../../eval/fixture-articles.js";
import { matchedEntries, tallyBeats } from "../../score-beats.js";
import type { ClassifiableArticle } from "../../types.js";
import type { WordIds } from "../../word-ids.js";
import { splitZones } from "../../zones.js";
import { argmax } from "../argmax.js";
import type { CombinerRow } from "../fit-combiner.js";
import { FIXTURES_DIR } from "../training-paths.js";

/** Cross-validation groups: of outlets for the corpus, of fixtures for the fixtures. */
export const GROUPS = 5;

/** One article as the combiner learns from it: the inputs its decider gives the combiner. */
export interface Row extends CombinerRow {
  /** Beats acceptable as the primary one (by index); the label is the first. */
  gold: number[];
  group: number;
  /** -1 fixtures, else the outlet's fold. */
  fold: number;
  /** The lexicon matched one of the words a desk would not trust alone. */
  ambiguous: boolean;
  /** The model's decision with its lexicon prior taken out. */
  textOnly: number;
}

const AMBIGUOUS = new Set(["game", "games", "score", "scored", "draw", "court", "courts"]);

/** Turns an article into a combiner row, scored by the given decider. */
export function createRowMaker(words: WordIds, lexicon: BeatLexicon) {
  return (
    decider: BeatDecider,
    article: ClassifiableArticle,
    gold: number[],
    fold: number,
    group: number,
  ): Row => {
    const zones = splitZones(article, words);
    let n = 0;
    for (const z of zones) if (z.kind === "lede" || z.kind === "body") n += z.tokens.length;
    const tally = tallyBeats(zones, lexicon);
    const { inputs, scores } = beatInputs(decider, zones, tally, n);
    const { model } = decider;
    const K = model.classes.length;
    const text = decider.beats.map((b) => {
      const k = decider.classOfBeat.get(b);
      if (k === undefined) return Number.NEGATIVE_INFINITY;
      let s = scores.logits[k] ?? 0;
      for (let j = 0; j < K; j++) s -= (model.lexicon[k * K + j] ?? 0) * (scores.lexicon[j] ?? 0);
      return s;
    });
    return {
      inputs,
      label: gold[0] ?? 0,
      gold,
      weight: 1,
      group,
      fold,
      ambiguous: matchedEntries(tally).some((m) => m.size === 1 && AMBIGUOUS.has(m.words[0] ?? "")),
      textOnly: argmax(text),
    };
  };
}

/**
 * The rows to learn from (the calibration outlets, fold 1, scored by the committed model; the
 * fixtures, scored by the model that never saw them) and the held-out outlets (fold 0, `test`).
 */
export async function readCombinerRows(
  corpusPath: string,
  makeRow: ReturnType<typeof createRowMaker>,
  deciders: { committed: BeatDecider; unseen: BeatDecider },
  beatIndex: Map<string, number>,
) {
  const corpus = await readCorpusOrExit(corpusPath);
  const rows: Row[] = [];
  const test: Row[] = [];
  for (const c of corpus) {
    const label = c.beat === null ? undefined : beatIndex.get(c.beat);
    const h = sourceHash(c.source);
    const fold = h % 5;
    if (label === undefined || fold > 1) continue;
    const row = makeRow(deciders.committed, c.article, [label], fold, Math.floor(h / 5) % GROUPS);
    (fold === 0 ? test : rows).push(row);
  }
  for (const f of loadFixtureArticles(FIXTURES_DIR)) {
    const gold = f.beats.map((b) => beatIndex.get(b)).filter((i) => i !== undefined);
    if (gold.length === 0) continue;
    rows.push(makeRow(deciders.unseen, f.article, gold, -1, sourceHash(f.id) % GROUPS));
  }
  return { rows, test };
}
