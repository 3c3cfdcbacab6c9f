import { type ArticleSpan, roleParagraphs } from "./article-span.js";
import { dumpBeat, useDumpBeat } from "./beat-weights.js";
import { type ArticleParts, buildArticle } from "./build-article.js";
import type { CarriedFeatures } from "./carried-features.js";
import { dumpClosers } from "./dump-closers.js";
import type { DumpLevel } from "./dump-level.js";
import { LENGTH_SAMPLE_LINES, withDumpPrior } from "./dump-prior-tuning.js";
import { findExplicitStarts } from "./explicit-starts.js";
import { SIBLING_REACH } from "./head-siblings.js";
import { DECISION_REACH } from "./headless-starts.js";
import { type LineSource, splitLines } from "./lines.js";
import { markLinkLists } from "./link-lists.js";
import { markForwardNotes } from "./mail-forwards.js";
import { groupParagraphs, type Paragraph } from "./paragraphs.js";
import { markPullQuotes } from "./pull-quotes.js";
import { segmentDump } from "./segment.js";
import {
  BRIEFS_REACH,
  DEFAULT_TUNING,
  type SegmentTuning,
  segmentTuning,
} from "./segment-tuning.js";
import { headSentenceTitles } from "./sentence-titles.js";
import { dumpLevel } from "./split-halves.js";
import { startConfidence } from "./start-confidence.js";
import { unheadTeasers } from "./teaser-titles.js";
import { FeatureTable } from "./text-features.js";
import type { Article, ParseResult, ParseWarning } from "./types.js";
import { wholePieceRules } from "./whole-piece-rules.js";

/** Parses a plain-text dump, already split into cleaned lines. */
export function parseTextLines(
  lines: readonly string[],
  tuning: SegmentTuning = DEFAULT_TUNING,
): ParseResult {
  const { articles, warnings } = parseParagraphs(groupParagraphs(lines), tuning);
  return { articles, warnings };
}

/** How a large text dump is cut into pieces that are parsed one after another. */
export interface Chunking {
  /** Lines parsed at once. */
  lines: number;
  /** Lines read past a piece's end, so its last articles see what follows them. */
  overlap: number;
  /**
   * Lines a piece may grow to while no article begins past its own lines (4 × `lines` when
   * not given). A stretch longer than that with no article boundary (a column of bylines, of
   * separators, of one-word paragraphs) is cut where the piece ends instead of being read
   * again in ever wider pieces, which made such input take time quadratic in its length.
   */
  maxLines?: number;
  /** Told the 0-based line range of each piece parsed: the work done, for tests to count. */
  onPiece?: (start: number, end: number) => void;
}

export const DEFAULT_CHUNKING: Chunking = { lines: 4000, overlap: 100 };

/**
 * The dump's first lines that its level for joining a long story's split halves is read from
 * (split-halves.ts), once for the whole dump, however it is cut: the first piece's lines when
 * cut as by default, so that reading it costs nothing there.
 */
export const LEVEL_SAMPLE_LINES = DEFAULT_CHUNKING.lines + DEFAULT_CHUNKING.overlap;

/**
 * Parses a plain-text dump piece by piece. Everything the parser decides is local (a few
 * paragraphs of lookahead, windows that stop at an article's start, a decoded start's window
 * of DECODED_REACH paragraphs after the start before it), so a piece that begins where an
 * article begins is parsed as it would be within the whole dump; each piece's
 * paragraphs and features are garbage before the next one is read, which keeps a large
 * dump's memory close to its articles' own. Only a stretch with no article boundary for
 * `maxLines`, which no newsroom's dump has, is cut where no article begins: there an article
 * that runs on past the cut is split in two.
 */
export function parseText(
  text: string,
  tuning: SegmentTuning = DEFAULT_TUNING,
  chunking: Chunking = DEFAULT_CHUNKING,
): ParseResult {
  return parseLines(splitLines(text), tuning, chunking);
}

/**
 * parseText of a dump already split into cleaned lines (see splitLines and Utf8Lines). Each
 * line is parsed at most a few times whatever the dump holds: a piece is widened twice at
 * most, then cut (see Chunking.maxLines).
 */
export function parseLines(
  lines: LineSource,
  tuning: SegmentTuning = DEFAULT_TUNING,
  chunking: Chunking = DEFAULT_CHUNKING,
): ParseResult {
  const articles: Article[] = [];
  const warnings: ParseWarning[] = [];
  const sizes = pieceSizes(chunking);
  const sample = sampledDumpPrior(lines, tuning, sizes[0] as number);
  let tuned = sample.tuning;
  // What the lines read last gave: a piece reuses its paragraphs' features (FeatureTable).
  let reusable = sample.table?.carryFrom(1);
  // The level of the join of split halves, the reading as short stories and the beat weights are
  // the dump's, read from its first LEVEL_SAMPLE_LINES lines, so that every piece reads the same:
  // in the first piece when it is those lines (read there, as in a dump parsed whole within
  // them), else before the first piece.
  const levelEnd = Math.min(lines.length, LEVEL_SAMPLE_LINES);
  let readLevel = false;
  if (
    tuned.halvesLevel === undefined ||
    tuned.shortStoriesDump === undefined ||
    tuned.dumpBeat === undefined
  ) {
    if (Math.min(lines.length, sizes[0] as number) === levelEnd)
      readLevel = levelEnd < lines.length;
    else {
      const sampled = sampledReading(lines, levelEnd, tuned, reusable);
      tuned = {
        ...tuned,
        halvesLevel: tuned.halvesLevel ?? sampled.level,
        shortStoriesDump: tuned.shortStoriesDump ?? sampled.shortStories,
        dumpBeat: tuned.dumpBeat ?? dumpBeat(sampled.table),
      };
      reusable = sampled.table.carryFrom(1);
    }
  }
  let start = 0;
  // The confidence in the start a piece was cut at, judged in the piece before (where its
  // context was read), for the next piece's first article.
  let carried: number | undefined;
  // Whether the piece begins at a start the piece before could not settle (it was as wide as
  // it may be): the whole may have decoded the stretch it lies in, which the piece judges gap
  // by gap from there, so short stories are not looked for in that first stretch.
  let unsure = false;
  while (start < lines.length) {
    for (const size of sizes) {
      const end = Math.min(lines.length, start + size);
      chunking.onPiece?.(start, end);
      const paragraphs = groupParagraphs(lines.slice(start, end), start + 1);
      const piece = parseParagraphs(
        paragraphs,
        unsure ? unsureStart(tuned) : tuned,
        reusable,
        readLevel,
      );
      if (readLevel) {
        tuned = {
          ...tuned,
          halvesLevel: tuned.halvesLevel ?? piece.level,
          shortStoriesDump: tuned.shortStoriesDump ?? piece.shortStories,
          dumpBeat: tuned.dumpBeat ?? dumpBeat(piece.table),
        };
        readLevel = false;
      }
      let cutUnsure = false;
      // The piece is done where the first article after its own lines begins: the next piece
      // starts there, and everything before it is final.
      let next = Number.POSITIVE_INFINITY;
      if (end < lines.length) {
        let cut = piece.articles.find((a) => a.startLine > start + chunking.lines);
        const last = size === sizes.at(-1);
        // A start judged without all it reads after it (the piece ended first) may lie
        // elsewhere in the whole dump: the piece is cut at an earlier start that was judged
        // with all of it, in the second half of its own lines, or else widened to judge it again.
        const isSettled = (a: Article) => settled(paragraphs, a.startLine, piece.reach);
        if (cut && !isSettled(cut)) {
          const half = start + 1 + chunking.lines / 2;
          const limit = cut.startLine;
          const earlier = piece.articles.findLast(
            (a) => a.startLine > half && a.startLine < limit && isSettled(a),
          );
          if (earlier) cut = earlier;
          else if (!last) {
            // Widened, the piece reads all of these lines again.
            reusable = piece.table.carryFrom(start + 1);
            continue;
          } else cutUnsure = true;
        }
        if (cut) next = cut.startLine;
        else next = stretchCut(paragraphs, piece.articles, end - chunking.overlap + 1, end, last);
        if (next < 0) {
          reusable = piece.table.carryFrom(start + 1);
          continue;
        }
      }
      const first = piece.articles[0];
      if (first && carried !== undefined && first.startLine === start + 1)
        first.startConfidence = carried;
      carried = piece.articles.find((a) => a.startLine === next)?.startConfidence;
      for (const article of piece.articles) if (article.startLine < next) articles.push(article);
      for (const warning of piece.warnings) if (warning.line < next) warnings.push(warning);
      // The next piece reads the lines from the cut on again.
      if (Number.isFinite(next)) reusable = piece.table.carryFrom(next);
      start = Number.isFinite(next) ? next - 1 : lines.length;
      unsure = cutUnsure;
      break;
    }
  }
  return { articles, warnings };
}

/**
 * The tuning with the dump's own length prior and closing lines (dump-closers.ts) read once from
 * its first lines (dump-prior-tuning.ts), where the dump is cut into pieces or runs past them; a
 * dump parsed whole within those lines reads them in its one piece, at no cost.
 */
function sampledDumpPrior(
  lines: LineSource,
  tuning: SegmentTuning,
  firstPiece: number,
): { tuning: SegmentTuning; table?: FeatureTable } {
  const readsPrior = tuning.dumpLengths !== undefined && tuning.decoder?.prior === undefined;
  if (!readsPrior && tuning.closers !== undefined) return { tuning };
  if (lines.length <= Math.min(firstPiece, LENGTH_SAMPLE_LINES)) return { tuning };
  const paragraphs = groupParagraphs(
    lines.slice(0, Math.min(lines.length, LENGTH_SAMPLE_LINES)),
    1,
  );
  // Kept for the first piece, which reads these lines again (FeatureTable reuses what each
  // paragraph's text alone gives, not what its neighbours marked).
  const table = featureTable(paragraphs);
  const starts = findExplicitStarts(paragraphs, table, tuning.headVeto);
  const closed = segmentTuning({
    ...tuning,
    closers: tuning.closers ?? dumpClosers(table, starts),
  });
  return { tuning: readsPrior ? withDumpPrior(closed, table.paragraphs, starts) : closed, table };
}

/**
 * The level of the joins of a story's pieces (`dumpLevel`) and whether the dump is read as one of
 * short stories, from the dump's first `end` lines segmented on their own, as the first piece of
 * a dump cut by default reads them; and their features.
 */
function sampledReading(
  lines: LineSource,
  end: number,
  tuning: SegmentTuning,
  earlier?: CarriedFeatures,
): { level: DumpLevel; shortStories: boolean; table: FeatureTable } {
  const paragraphs = groupParagraphs(lines.slice(0, end), 1);
  // With the rules on whole pieces, which read the beat weights handed on (dumpBeat).
  const { level, shortStories, table } = segmentText(paragraphs, tuning, earlier, true);
  return { level: level as DumpLevel, shortStories: shortStories as boolean, table };
}

/** The tuning of a piece begun at a start it could not settle (see parseLines). */
function unsureStart(tuning: SegmentTuning): SegmentTuning {
  return tuning.shortStories ? { ...tuning, shortStoriesAfterFirst: true } : tuning;
}

/**
 * The sizes a piece is parsed at until an article begins past its own lines: with its overlap,
 * then widened once as far as a long article runs on, then to the most it may hold.
 */
function pieceSizes(chunking: Chunking): number[] {
  const first = chunking.lines + chunking.overlap;
  const widened = first + chunking.overlap * 4;
  return [first, widened, Math.max(widened, chunking.maxLines ?? chunking.lines * 4)];
}

// Paragraphs from a start on that the decision to start there reads: a headless start's gaps
// and windows, a headline's siblings under it, the explicit starts after a gap in a run of
// briefs. A decoded start reads more (its span's reach).
const START_REACH = Math.max(DECISION_REACH, SIBLING_REACH, BRIEFS_REACH);

/**
 * Whether the piece holds all that the start at `line`, and those before it, read after it:
 * its reach (`reach`, by start line, where a decoded start's is longer) or START_REACH.
 */
function settled(
  paragraphs: readonly Paragraph[],
  line: number,
  reach: ReadonlyMap<number, number>,
): boolean {
  const at = paragraphs.findIndex((p) => p.startLine >= line);
  return at >= 0 && paragraphs.length - at >= Math.max(START_REACH, reach.get(line) ?? 0);
}

/**
 * The 1-based line where a piece with no article boundary past its own lines is cut, or -1
 * to widen it: the first paragraph within its overlap (`from`), so that what comes before
 * was read with the overlap's lookahead, when no article runs across it (a stretch of
 * separators, say, that belongs to no article). When one does, or no paragraph starts there,
 * the piece is widened, unless it is as wide as it may be (`last`): then it is cut after that
 * article, or after the piece's last line (`end`).
 */
function stretchCut(
  paragraphs: readonly Paragraph[],
  pieceArticles: readonly Article[],
  from: number,
  end: number,
  last: boolean,
): number {
  let cut = paragraphs.find((p) => p.startLine >= from)?.startLine ?? -1;
  if (cut < 0) {
    // One paragraph runs across the whole overlap: where it belongs may lie past the piece.
    if (!last) return -1;
    cut = end + 1;
  }
  for (const article of pieceArticles) {
    if (article.startLine < cut && article.endLine >= cut) {
      if (!last) return -1;
      cut = article.endLine + 1;
    }
  }
  return cut;
}

/** The paragraphs' features and the article spans found among them. */
export function segmentText(
  paragraphs: readonly Paragraph[],
  tuning: SegmentTuning = DEFAULT_TUNING,
  earlier?: CarriedFeatures,
  readLevel = false,
): { table: FeatureTable; spans: ArticleSpan[]; level?: DumpLevel; shortStories?: boolean } {
  const table = featureTable(paragraphs, earlier);
  if (tuning.dumpBeat !== undefined) useDumpBeat(table, tuning.dumpBeat);
  const { spans: segmented, shortStories: ownReading } = segmentDump(paragraphs, table, tuning);
  const shortStories = tuning.shortStoriesDump ?? ownReading;
  // The joins' level: the dump's when given, else read here once, when first asked for (or when
  // parseLines asks for it, to give a large dump's other pieces).
  let level = tuning.halvesLevel;
  const levels = () => {
    level ??= dumpLevel(segmented, table);
    return level;
  };
  const spans =
    tuning.halves === false
      ? segmented
      : wholePieceRules(
          segmented,
          paragraphs,
          table,
          levels,
          tuning.halvesJoin,
          shortStories,
          tuning.startVeto,
        );
  return {
    table,
    spans: unheadTeasers(
      headSentenceTitles(spans, paragraphs, table.paragraphs),
      paragraphs,
      table.paragraphs,
    ),
    level: readLevel ? levels() : undefined,
    shortStories: readLevel ? shortStories : undefined,
  };
}

/** The paragraphs' features, with link lists, forwarded mail's notes and pull quotes marked. */
export function featureTable(
  paragraphs: readonly Paragraph[],
  earlier?: CarriedFeatures,
): FeatureTable {
  const texts = paragraphs.map((p) => p.text);
  const startLines = paragraphs.map((p) => p.startLine);
  const table = new FeatureTable(texts, startLines, earlier);
  markLinkLists(texts, table.paragraphs);
  markForwardNotes(texts, table.paragraphs);
  markPullQuotes(texts, table.paragraphs);
  return table;
}

/** A piece's parse, and the reach of the starts that read more than START_REACH, by start line. */
interface PieceResult extends ParseResult {
  reach: Map<number, number>;
  table: FeatureTable;
  /** The level of the joins of a story's pieces the piece read, when asked for (segmentText). */
  level?: DumpLevel;
  /** Whether the piece read the dump as one of short stories, when asked for (segmentText). */
  shortStories?: boolean;
}

function parseParagraphs(
  paragraphs: readonly Paragraph[],
  tuning: SegmentTuning,
  earlier?: CarriedFeatures,
  readLevel = false,
): PieceResult {
  const { table, spans, level, shortStories } = segmentText(paragraphs, tuning, earlier, readLevel);
  const reach = new Map<number, number>();
  for (const span of spans)
    if (span.reach !== undefined)
      reach.set((paragraphs[span.first] as Paragraph).startLine, span.reach);
  const features = table.paragraphs;
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
    const roles = roleParagraphs(span);
    for (let k = span.first; k <= span.last; k++) {
      const f = features[k];
      if (roles.has(k) || !f || f.kind === "boilerplate" || f.kind === "separator") continue;
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
    const article = buildArticle(parts);
    if (span.start) article.startConfidence = startConfidence(span.start);
    articles.push(article);
  }
  return { articles, warnings, reach, table, level, shortStories };
}

function outside(paragraph: Paragraph): ParseWarning {
  return {
    line: paragraph.startLine,
    code: "outside-article",
    message: `lines ${paragraph.startLine}-${paragraph.endLine} belong to no article (page furniture or separators); they were left out.`,
  };
}
