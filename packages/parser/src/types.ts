/** Where an article's headline came from: a line of the dump, or written from its lede. */
export type HeadlineSource = "dump" | "derived";

/** One article found in a dump: the JSON contract (docs/json-contract.md). */
export interface Article {
  headline: string;
  headlineSource: HeadlineSource;
  /** The summary line under the headline, when the dump has one. */
  dek: string | null;
  /**
   * Body paragraphs, unwrapped and normalized, the closing contributor line included (it is
   * text of the article, and names places); headline, dek and bylines are not.
   */
  paragraphs: string[];
  /** People named in the byline or the closing contributor line, in order of appearance. */
  contributors: string[];
  /** 1-based, inclusive line numbers of the input. */
  startLine: number;
  endLine: number;
  wordCount: number;
  /** sha256 of the normalized body: equal for the same article whatever its whitespace or quote style. */
  contentHash: string;
  /**
   * How sure the parser is, from 0 to 1, that a new article starts here: the calibrated
   * probability that the start is a true boundary. Absent for the dump's first article, after a
   * hard break (a separator, a wide gap, a closing contributor line) and in JSON dumps, where
   * the boundaries are given.
   */
  startConfidence?: number;
}

export type WarningCode =
  | "decoded-as-windows-1252"
  | "mojibake-repaired"
  | "duplicate-headline"
  | "outside-article"
  | "boilerplate-line";

export interface ParseWarning {
  /** 1-based line of the input the warning is about. */
  line: number;
  code: WarningCode;
  message: string;
}

export interface ParseResult {
  articles: Article[];
  warnings: ParseWarning[];
}

export type DumpFormat = "auto" | "text" | "json" | "ndjson";

export interface ParseOptions {
  /** How to read the dump; `auto` looks at its first characters. */
  format?: DumpFormat;
  /** Largest input accepted, in bytes. Default 64 MiB. */
  maxBytes?: number;
}
