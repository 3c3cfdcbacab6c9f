import { readCorpusOrExit, sourceFold } from "../../eval/corpus-articles.js";
import { loadFixtureArticles } from "../../eval/fixture-articles.js";
import type { ClassifiableArticle } from "../../types.js";
import { balanceWeights } from "../balance-weights.js";
import { FIXTURES_DIR } from "../training-paths.js";
import type { ModelSettings } from "./model-options.js";

/** An article the model learns from or is measured on, with its beat and weight. */
export interface LabeledArticle {
  source: string;
  /** The outlet's fold; -1 fixtures, -2 the reference dump. */
  fold: number;
  label: number;
  weight: number;
  topic?: string | null;
  article: ClassifiableArticle;
}

/**
 * The corpus's labeled articles but fold 0's (the eval measures on them) and, unless left out,
 * the fixtures; grouped by outlet and weighted by outlet and topic.
 */
export async function readLabeledArticles(
  corpusPath: string,
  classOf: Map<string, number>,
  useFixtures: boolean,
  settings: ModelSettings,
): Promise<LabeledArticle[]> {
  const corpus = await readCorpusOrExit(corpusPath);
  const labeled: LabeledArticle[] = [];
  for (const c of corpus) {
    const label = c.beat === null ? undefined : classOf.get(c.beat);
    const fold = sourceFold(c.source);
    if (label === undefined || fold === 0 || fold === settings.leaveOutFold) continue;
    labeled.push({ source: c.source, fold, label, weight: 1, topic: c.topic, article: c.article });
  }
  for (const f of useFixtures ? loadFixtureArticles(FIXTURES_DIR) : []) {
    const label = classOf.get(f.beats[0] ?? "");
    if (label === undefined) continue;
    labeled.push({
      source: "\u0000fixtures",
      fold: -1,
      label,
      weight: settings.fixtureWeight,
      article: f.article,
    });
  }
  // Grouped by outlet, so the number of outlets using a word is counted in one pass.
  labeled.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  // Balanced apart on the fitted outlets and the calibration ones: each keeps its total weight.
  const fitted = (l: LabeledArticle) => (l.fold === 1 ? 1 : 0);
  const corpusRow = (l: LabeledArticle) => l.fold >= 0;
  const byOutlet = balanceWeights(
    labeled.map((l) => (corpusRow(l) ? l.source : null)),
    labeled.map(fitted),
    settings.outletPower,
  );
  const byTopic = balanceWeights(
    labeled.map((l) => (corpusRow(l) ? (l.topic ?? null) : null)),
    labeled.map((l) => 2 * l.label + fitted(l)),
    settings.topicPower,
  );
  labeled.forEach((l, i) => {
    l.weight *= (byOutlet[i] ?? 1) * (byTopic[i] ?? 1);
  });
  return labeled;
}
