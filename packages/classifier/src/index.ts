export { TaxonomyError } from "./beat-lexicon.js";
export type { BeatModelData } from "./beat-model.js";
export { type Classifier, type ClassifierOptions, createClassifier } from "./create-classifier.js";
export { extendTaxonomy } from "./extend-taxonomy.js";
export { loadDefaultTaxonomy } from "./load-data.js";
export type {
  BeatDefinition,
  BeatId,
  ClassifiableArticle,
  Classification,
  ClassificationEvidence,
  Explanation,
  PlaceEvidence,
  PlaceMention,
  RegionId,
  ScoredLabel,
  Taxonomy,
  TermEvidence,
} from "./types.js";
