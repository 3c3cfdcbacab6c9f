import type { BeatCombinerData } from "./beat-combiner.js";
import { compileTaxonomy } from "./beat-lexicon.js";
import { type BeatMemberData, compileBeatMember } from "./beat-member.js";
import { type BeatModelData, compileBeatModel } from "./beat-model.js";
import { readCompiledData } from "./compiled-data.js";
import type { CompiledParts } from "./compiled-data-layout.js";
import { type BeatDecider, createBeatDecider, decideBeats } from "./decide-beats.js";
import { CapitalizedWords, findPeople } from "./find-people.js";
import { compileGazetteer, type Gazetteer } from "./gazetteer.js";
import { GeoPool, geoparse } from "./geoparse.js";
import { loadBeatCombiner, loadBeatMember, loadBundledData } from "./load-data.js";
import { tallyBeats } from "./score-beats.js";
import { ScoringPool } from "./scoring-pool.js";
import { TokenPool } from "./tokenize.js";
import type { ClassifiableArticle, Classification, Explanation, Taxonomy } from "./types.js";
import { WordIds } from "./word-ids.js";
import { splitZones } from "./zones.js";

export interface ClassifierOptions {
  /** A taxonomy to use instead of the bundled data/taxonomy.json (see `extendTaxonomy`). */
  taxonomy?: Taxonomy;
  /** A beat model to use instead of the bundled data/beat-model.json (`npm run train:model -- --out`). */
  beatModel?: BeatModelData;
  /**
   * How that model's logits and the lexicon make beat scores (`npm run train:combine -- --out`).
   * The bundled one belongs to the bundled model: a model passed alone decides by its own logits.
   */
  beatCombiner?: BeatCombinerData;
  /**
   * The fastText-style member mixed with that model (`npm run train:member`). The bundled one
   * belongs to the bundled model: a model passed alone is not mixed with it.
   */
  beatMember?: BeatMemberData;
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
 * Loads the gazetteer, the taxonomy and the beat model once and returns a classifier: the
 * bundled ones from their compiled form (dist/compiled-data.bin) when it is current, else
 * compiled from data/. Create one classifier per process and reuse it.
 */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const own = options.taxonomy !== undefined || options.beatModel !== undefined;
  const parts = (own ? undefined : readCompiledData()) ?? compileParts(options);
  return classifierOf(
    parts,
    options.beatCombiner ?? (options.beatModel ? undefined : loadBeatCombiner()),
    options.beatMember ?? (options.beatModel ? undefined : (parts.member ?? loadBeatMember())),
  );
}

/** A classifier over compiled parts (compileParts, or restored by compiled-data.ts). */
export function classifierOf(
  parts: CompiledParts,
  combiner?: BeatCombinerData,
  member?: BeatMemberData,
): Classifier {
  const { words, gazetteer, taxonomy } = parts;
  const decider = createBeatDecider(
    parts.model,
    parts.lexicon,
    combiner,
    member && compileBeatMember(member),
  );
  // The arrays every article's words, beat scores and capitalized words are written into:
  // nothing keeps them past the article's run, a run is synchronous, and no array of them
  // reaches the classification.
  const pools: Pools = {
    tokens: new TokenPool(),
    scoring: new ScoringPool(),
    capitalized: new CapitalizedWords(),
    geo: new GeoPool(),
  };
  return {
    taxonomy,
    classify: (article) => run(article, words, decider, gazetteer, pools, false),
    explain: (article) => run(article, words, decider, gazetteer, pools, true) as Explanation,
  };
}

/** Compiles the data files (and the taxonomy or model given instead of the bundled ones). */
export function compileParts(options: ClassifierOptions = {}): CompiledParts {
  const data = loadBundledData();
  const taxonomy = options.taxonomy ?? data.taxonomy;
  // One word table for every matcher: an article's words are looked up once.
  const words = new WordIds();
  const model = compileBeatModel(options.beatModel ?? data.beatModel, words);
  const lexicon = compileTaxonomy(taxonomy, words);
  const gazetteer = compileGazetteer(data, words);
  return { words, model, lexicon, gazetteer, taxonomy };
}

/** What a classifier writes each article's words and scores into, reused from article to article. */
interface Pools {
  tokens: TokenPool;
  scoring: ScoringPool;
  capitalized: CapitalizedWords;
  geo: GeoPool;
}

function run(
  article: ClassifiableArticle,
  wordIds: WordIds,
  decider: BeatDecider,
  gazetteer: Gazetteer,
  pools: Pools,
  explain: boolean,
): Classification | Explanation {
  const zones = splitZones(article, wordIds, pools.tokens);
  let words = 0;
  for (const z of zones) if (z.kind === "lede" || z.kind === "body") words += z.tokens.length;
  const tally = tallyBeats(zones, decider.lexicon, pools.scoring);
  const decision = decideBeats(decider, zones, tally, words, explain, pools.scoring);
  const geo = geoparse(zones, gazetteer, explain, pools.geo);
  const people = findPeople(zones, gazetteer, article.contributors ?? [], pools.capitalized);
  const classification: Classification = {
    beats: decision.beats,
    regions: geo.regions,
    places: geo.places,
    people,
    evidence: {
      beat: decision.evidence,
      region: geo.regionPlaces,
      ...(decision.wordingOver !== undefined ? { wordingOver: decision.wordingOver } : {}),
    },
  };
  if (!explain) return classification;
  return {
    ...classification,
    dateline: geo.dateline,
    beatEvidence: decision.explained,
    regionEvidence: geo.evidence,
  };
}
