import { type BeatLexicon, compileTaxonomy } from "./beat-lexicon.js";
import { findPeople } from "./find-people.js";
import { compileGazetteer, type Gazetteer } from "./gazetteer.js";
import { geoparse } from "./geoparse.js";
import { loadBundledData } from "./load-data.js";
import { beatTerms, rankBeats, tallyBeats } from "./score-beats.js";
import type { ClassifiableArticle, Classification, Explanation, Taxonomy } from "./types.js";
import { splitZones } from "./zones.js";

export interface ClassifierOptions {
  /** A taxonomy to use instead of the bundled data/taxonomy.json (see `extendTaxonomy`). */
  taxonomy?: Taxonomy;
}

/** A loaded classifier: pure and deterministic, safe to share across calls. */
export interface Classifier {
  /** Beats, regions, places and people of one article. */
  classify(article: ClassifiableArticle): Classification;
  /** The classification with the evidence behind every beat and region. */
  explain(article: ClassifiableArticle): Explanation;
  /** The taxonomy in use. */
  readonly taxonomy: Taxonomy;
}

/**
 * Loads the gazetteer and the taxonomy once and returns a classifier. Loading takes a few
 * hundred milliseconds; create one classifier per process and reuse it.
 */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const data = loadBundledData();
  const taxonomy = options.taxonomy ?? data.taxonomy;
  const lexicon = compileTaxonomy(taxonomy);
  const gazetteer = compileGazetteer(data);
  return {
    taxonomy,
    classify: (article) => run(article, lexicon, gazetteer, false),
    explain: (article) => run(article, lexicon, gazetteer, true) as Explanation,
  };
}

function run(
  article: ClassifiableArticle,
  lexicon: BeatLexicon,
  gazetteer: Gazetteer,
  explain: boolean,
): Classification | Explanation {
  const zones = splitZones(article);
  let words = 0;
  for (const z of zones) if (z.kind === "lede" || z.kind === "body") words += z.tokens.length;
  const tally = tallyBeats(zones, lexicon);
  const beats = rankBeats(tally, lexicon, words);
  const geo = geoparse(zones, gazetteer);
  const people = findPeople(zones, gazetteer, article.contributors ?? []);
  const primary = lexicon.beats.findIndex((b) => b.id === beats[0]?.id);
  const classification: Classification = {
    beats,
    regions: geo.regions,
    places: geo.places,
    people,
    evidence: {
      beat: primary >= 0 ? beatTerms(tally, primary, 4).map((t) => t.term) : [],
      region: [...new Set(geo.evidence[0]?.places.map((p) => p.name))].slice(0, 3),
    },
  };
  if (!explain) return classification;
  const index = new Map(lexicon.beats.map((b, i) => [b.id, i]));
  const beatEvidence = [...tally.raw.keys()]
    .filter((b) => (tally.raw[b] ?? 0) > 0)
    .sort((a, b) => (tally.raw[b] ?? 0) - (tally.raw[a] ?? 0))
    .map((b) => {
      const id = lexicon.beats[b]?.id ?? "";
      return {
        id,
        raw: Math.round((tally.raw[b] ?? 0) * 1000) / 1000,
        score: beats.find((x) => x.id === id)?.score ?? 0,
        terms: beatTerms(tally, index.get(id) ?? b),
      };
    });
  return { ...classification, dateline: geo.dateline, beatEvidence, regionEvidence: geo.evidence };
}
