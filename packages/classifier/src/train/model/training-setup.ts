import { compileTaxonomy } from "../../beat-lexicon.js";
import { loadDefaultTaxonomy } from "../../load-data.js";
import { createFeatureReader } from "./article-features.js";
import { readLabeledArticles } from "./labeled-articles.js";
import type { readModelOptions } from "./model-options.js";

/**
 * What the beat model is trained from (the trainer and the trial scripts in scripts/): the
 * top-level beats as classes, the lexicon's index of each, the labelled articles the options
 * select, and a feature reader over the lexicon.
 */
export async function readTrainingSetup(options: ReturnType<typeof readModelOptions>) {
  const taxonomy = loadDefaultTaxonomy();
  const lexicon = compileTaxonomy(taxonomy);
  const classes = taxonomy.beats.filter((b) => !b.parent).map((b) => b.id);
  const classOf = new Map(classes.map((c, k) => [c, k]));
  const lexiconIndex = classes.map((c) => lexicon.beats.findIndex((b) => b.id === c));
  const labeled = await readLabeledArticles(
    options.corpusPath,
    classOf,
    options.useFixtures,
    options.settings,
  );
  const reader = createFeatureReader(lexicon, lexiconIndex);
  return { classes, classOf, labeled, reader };
}
