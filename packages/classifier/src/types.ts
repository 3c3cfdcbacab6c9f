import type { Article } from "@newsdesk/parser";

/** The 17 top-level IPTC Media Topics, plus any beat a newsroom adds in its taxonomy file. */
export type BeatId = string;

/** News-desk regions (docs/json-contract.md). */
export type RegionId = "africa" | "americas" | "asia-pacific" | "europe" | "middle-east";

export interface ScoredLabel<Id extends string = string> {
  id: Id;
  /** In [0, 1]; higher is more certain. */
  score: number;
}

export interface PlaceMention {
  name: string;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  mentions: number;
}

/** What the classifier needs of an article: the parser's output fits. */
export type ClassifiableArticle = Pick<Article, "headline" | "dek" | "paragraphs" | "contributors">;

export interface Classification {
  /** Best first; the first is the primary beat. */
  beats: ScoredLabel<BeatId>[];
  /** Best first; the first is the primary region. */
  regions: ScoredLabel<RegionId>[];
  places: PlaceMention[];
  people: string[];
  /** The few words and places that decided the primary beat and region, strongest first. */
  evidence: ClassificationEvidence;
}

/**
 * A reader's "why is this here": the strongest evidence for the primary beat (words and
 * phrases of the article, as written in lowercase) and for the primary region (place names),
 * taken from the same numbers that decided them. Empty lists when nothing decided it.
 */
export interface ClassificationEvidence {
  /** Up to four words or phrases, e.g. ["tariffs", "central bank"]. */
  beat: string[];
  /** Up to three places, e.g. ["Lagos", "Nigeria"]. */
  region: string[];
  /**
   * Set when the article's wording pattern (the fastText-style member), not the model's words,
   * chose the primary beat: the beat the model put first. `beat` then lists the words and
   * phrases whose pattern weighed most for the primary beat over that one.
   */
  wordingOver?: BeatId;
}

/** One beat of a taxonomy file (data/taxonomy.json). */
export interface BeatDefinition {
  /** A top-level id ("politics") or a sub-beat id ("politics/elections"). */
  id: BeatId;
  /** The parent beat of a sub-beat; its evidence also counts for the parent. */
  parent?: BeatId;
  label?: string;
  /** IPTC Media Topic code, when the beat is one. */
  iptc?: string;
  /** Evidence terms keyed by weight ("3": strong, "1": weak). */
  evidence: Record<string, string[]>;
}

/** The beat taxonomy: a data file a newsroom can extend without touching code. */
export interface Taxonomy {
  version?: number;
  /** Beat given when no evidence is found at all; omit to return no beat. */
  fallback?: BeatId;
  beats: BeatDefinition[];
  /** What a story is about outweighing what it describes: see FrameDefinition. */
  frames?: FrameDefinition[];
}

/**
 * A desk's judgement that one subject outweighs the words it is told in: a video game's review
 * is filed under technology however much racing it describes. When an article has the frame's
 * evidence, the named beats' lexicon evidence counts for less.
 */
export interface FrameDefinition {
  id: string;
  /** Why the frame exists, for the reader of the taxonomy file. */
  about?: string;
  /** Evidence terms keyed by weight, matched as a beat's are. */
  evidence: Record<string, string[]>;
  /** Per beat id, what share of its lexicon evidence stays once the frame holds fully. */
  discount: Record<BeatId, number>;
  /** The frame's evidence (zone-weighted, as a beat's) at which it holds fully; less, in part. */
  full: number;
}

/** One piece of evidence behind a beat: a term and what it added to the beat's logit. */
export interface TermEvidence {
  term: string;
  /** Times the lexicon matched it; 1 for a word or phrase the model weighed. */
  count: number;
  contribution: number;
}

/** One place behind a region, with what it contributed. */
export interface PlaceEvidence {
  name: string;
  countryCode: string;
  /** Where it was seen: headline, dek, dateline, lede, body, contributor. */
  zones: string[];
  kind: string;
  contribution: number;
}

/** Why the classifier decided what it did: the evidence per beat and per region. */
export interface Explanation extends Classification {
  dateline: string | null;
  /**
   * The top beats the model weighed, best first: `raw` is the beat's logit, `score` its
   * probability, `terms` what raised it (the model's words and phrases and the lexicon's terms;
   * with `wordingOver`, the member's words that put it above the model's first choice).
   */
  beatEvidence: {
    id: BeatId;
    raw: number;
    score: number;
    terms: TermEvidence[];
    wordingOver?: BeatId;
  }[];
  regionEvidence: { id: RegionId; raw: number; score: number; places: PlaceEvidence[] }[];
}
