import { contentHash } from "./content-hash.js";
import { extractContributors } from "./contributors.js";
import { deriveHeadline } from "./derive-headline.js";
import type { Article } from "./types.js";
import { countWords } from "./words.js";

/** The parts of an article before its fields are derived. */
export interface ArticleParts {
  headline: string | null;
  dek: string | null;
  bylines: readonly string[];
  /** Body paragraphs, the closing contributor line included. */
  paragraphs: readonly string[];
  /** The subset of `paragraphs` that are contributor lines. */
  contributorLines: readonly string[];
  startLine: number;
  endLine: number;
  /** Words in `paragraphs`, when the caller has counted them already. */
  wordCount?: number;
}

/** Fills in an article's derived fields: headline when missing, contributors, counts, hash. */
export function buildArticle(parts: ArticleParts): Article {
  const lede =
    parts.paragraphs.find((p) => !parts.contributorLines.includes(p)) ?? parts.paragraphs[0] ?? "";
  const contributors: string[] = [];
  for (const lines of [parts.bylines, parts.contributorLines]) {
    for (const line of lines) {
      for (const name of extractContributors(line))
        if (!contributors.includes(name)) contributors.push(name);
    }
  }
  const story = parts.paragraphs.filter((p) => !parts.contributorLines.includes(p));
  return {
    headline: parts.headline ?? deriveHeadline(lede || parts.dek || "", story.slice(1)),
    headlineSource: parts.headline === null ? "derived" : "dump",
    dek: parts.dek,
    paragraphs: [...parts.paragraphs],
    contributors,
    startLine: parts.startLine,
    endLine: parts.endLine,
    wordCount: parts.wordCount ?? parts.paragraphs.reduce((n, p) => n + countWords(p), 0),
    contentHash: contentHash(story.length > 0 ? story : parts.paragraphs),
  };
}
