import { type ArticleParts, buildArticle } from "./build-article.js";
import { type LineSource, splitLines } from "./lines.js";
import { markLinkLists } from "./link-lists.js";
import { groupParagraphs, type Paragraph } from "./paragraphs.js";
import { markPullQuotes } from "./pull-quotes.js";
import {
  type ArticleSpan,
  DEFAULT_TUNING,
  type SegmentTuning,
  segmentParagraphs,
} from "./segment.js";
import { FeatureTable } from "./text-features.js";
import type { Article, ParseResult, ParseWarning } from "./types.js";

/** Parses a plain-text dump, already split into cleaned lines. */
export function parseTextLines(
  lines: readonly string[],
  tuning: SegmentTuning = DEFAULT_TUNING,
): ParseResult {
  return parseParagraphs(groupParagraphs(lines), tuning);
}

/** How a large text dump is cut into pieces that are parsed one after another. */
export interface Chunking {
  /** Lines parsed at once. */
  lines: number;
  /** Lines read past a piece's end, so its last articles see what follows them. */
  overlap: number;
}

export const DEFAULT_CHUNKING: Chunking = { lines: 4000, overlap: 100 };

/**
 * Parses a plain-text dump piece by piece. Everything the parser decides is local (a few
 * paragraphs of lookahead, windows that stop at an article's start), so a piece that begins
 * where an article begins is parsed as it would be within the whole dump; each piece's
 * paragraphs and features are garbage before the next one is read, which keeps a large
 * dump's memory close to its articles' own.
 */
export function parseText(
  text: string,
  tuning: SegmentTuning = DEFAULT_TUNING,
  chunking: Chunking = DEFAULT_CHUNKING,
): ParseResult {
  return parseLines(splitLines(text), tuning, chunking);
}

/** parseText of a dump already split into cleaned lines (see splitLines and Utf8Lines). */
export function parseLines(
  lines: LineSource,
  tuning: SegmentTuning = DEFAULT_TUNING,
  chunking: Chunking = DEFAULT_CHUNKING,
): ParseResult {
  const articles: Article[] = [];
  const warnings: ParseWarning[] = [];
  let start = 0;
  while (start < lines.length) {
    let end = Math.min(lines.length, start + chunking.lines + chunking.overlap);
    for (;;) {
      const piece = parseParagraphs(groupParagraphs(lines.slice(start, end), start + 1), tuning);
      // The piece is done where the first article after its own lines begins: the next piece
      // starts there, and everything before it is final.
      const cut =
        end < lines.length
          ? piece.articles.find((a) => a.startLine > start + chunking.lines)
          : undefined;
      if (cut === undefined && end < lines.length) {
        end = Math.min(lines.length, end + chunking.overlap * 4);
        continue;
      }
      const next = cut?.startLine ?? Number.POSITIVE_INFINITY;
      for (const article of piece.articles) if (article.startLine < next) articles.push(article);
      for (const warning of piece.warnings) if (warning.line < next) warnings.push(warning);
      start = cut ? cut.startLine - 1 : lines.length;
      break;
    }
  }
  return { articles, warnings };
}

function parseParagraphs(paragraphs: readonly Paragraph[], tuning: SegmentTuning): ParseResult {
  const texts = paragraphs.map((p) => p.text);
  const table = new FeatureTable(texts);
  const features = table.paragraphs;
  markLinkLists(texts, features);
  markPullQuotes(texts, features);
  const spans = segmentParagraphs(paragraphs, table, tuning);
  const warnings: ParseWarning[] = [];
  const articles = [];
  const firstSpan = spans[0]?.first ?? paragraphs.length;
  for (let i = 0; i < firstSpan; i++) warnings.push(outside(paragraphs[i] as Paragraph));
  for (const span of spans) {
    const parts: ArticleParts & {
      bylines: string[];
      paragraphs: string[];
      contributorLines: string[];
    } = {
      headline: span.headline === null ? null : (paragraphs[span.headline] as Paragraph).text,
      dek: span.dek === null ? null : (paragraphs[span.dek] as Paragraph).text,
      bylines: span.bylines.map((k) => (paragraphs[k] as Paragraph).text),
      paragraphs: [],
      contributorLines: [],
      startLine: (paragraphs[span.first] as Paragraph).startLine,
      endLine: (paragraphs[span.last] as Paragraph).endLine,
    };
    for (const k of span.duplicates) {
      warnings.push({
        line: (paragraphs[k] as Paragraph).startLine,
        code: "duplicate-headline",
        message: "the headline is repeated on this line; the copy was dropped.",
      });
    }
    for (let k = span.first; k <= span.last; k++) {
      const f = features[k];
      if (hasRole(span, k) || !f || f.kind === "boilerplate" || f.kind === "separator") continue;
      const text = (paragraphs[k] as Paragraph).text;
      parts.paragraphs.push(text);
      parts.wordCount = (parts.wordCount ?? 0) + table.words(k);
      if (f.kind === "contributor") parts.contributorLines.push(text);
    }
    if (parts.paragraphs.length === 0 && parts.headline === null && parts.dek === null) {
      for (let k = span.first; k <= span.last; k++)
        warnings.push(outside(paragraphs[k] as Paragraph));
      continue;
    }
    articles.push(buildArticle(parts));
  }
  return { articles, warnings };
}

/** Paragraph k is the span's headline, kicker, dek, a copy of the headline, a byline or furniture. */
function hasRole(span: ArticleSpan, k: number): boolean {
  return (
    k === span.headline ||
    k === span.kicker ||
    k === span.dek ||
    span.duplicates.includes(k) ||
    span.bylines.includes(k) ||
    span.furniture.includes(k)
  );
}

function outside(paragraph: Paragraph): ParseWarning {
  return {
    line: paragraph.startLine,
    code: "outside-article",
    message: `lines ${paragraph.startLine}-${paragraph.endLine} belong to no article (page furniture or separators); they were left out.`,
  };
}
