import type { Article } from "@newsdesk/parser";

/** An article as the parser gives it, before it is stored. */
export type NewArticle = Article;

/** An article as stored. */
export interface StoredArticle {
  id: number;
  contentHash: string;
  headline: string;
  headlineSource: "dump" | "derived";
  dek: string | null;
  paragraphs: string[];
  contributors: string[];
  wordCount: number;
  primaryBeat: string | null;
  primaryRegion: string | null;
  classifiedAt: Date | null;
  createdAt: Date;
}

/** An article's text and when it came in: what every reader of stored articles shows. */
export type ArticleText = Pick<
  StoredArticle,
  "id" | "headline" | "dek" | "paragraphs" | "contributors" | "wordCount" | "createdAt"
>;

/** What the classifier says of an article (structurally `@newsdesk/classifier`'s `Classification`). */
export interface ArticleLabels {
  beats: { id: string; score: number }[];
  regions: { id: string; score: number }[];
  places: { name: string; countryCode: string; mentions: number }[];
  people: string[];
}

export type DumpStatus = "queued" | "parsing" | "parsed" | "failed";

export interface DumpRow {
  id: number;
  sha256: string;
  name: string;
  bytes: number;
  status: DumpStatus;
  error: string | null;
  articleCount: number | null;
  newCount: number | null;
  knownCount: number | null;
  warningCount: number | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface RegisterDumpResult {
  dump: DumpRow;
  /** False when a dump with the same sha256 was already registered: nothing was added. */
  created: boolean;
}

export interface UpsertArticlesResult {
  /** The dump's articles in dump order (duplicates within the dump dropped), with their ids. */
  articleIds: number[];
  /** Articles stored by this call. */
  inserted: number;
  /** Articles that were already stored (from another dump, or an earlier try of this one). */
  known: number;
}

/** How far a set of dumps has gone through the pipeline. */
export interface DumpProgress {
  dumps: number;
  /** Dumps parsed or failed. */
  dumpsDone: number;
  dumpsFailed: number;
  articles: number;
  classified: number;
  /** Articles whose classification failed for good. */
  classifyFailed: number;
  newArticles: number;
  knownArticles: number;
}

export interface StoreCounts {
  articles: number;
  classified: number;
  dumps: number;
  classifyFailed: number;
  byRegion: { id: string; articles: number }[];
  byBeat: { id: string; articles: number }[];
}
