import { isContent } from "./content-paragraphs.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";

/**
 * Where a headline-like line stands among the other headline-like lines around it. Real
 * headlines in a dump stand an article apart; the items of a roundup, a numbered list or a long
 * read's subheads stand a few short paragraphs apart, after a line that announces them ("Here is
 * what changed this week:"), in one shape (the same case, the same closing mark, about as long).
 * Each value lies in [0, 1].
 */
export interface HeadSiblings {
  /** Another headline-like line among the few content paragraphs above, in this article. */
  siblingAbove: number;
  /** Another among the few content paragraphs under the text below the line. */
  siblingBelow: number;
  /** Both: the line is one of a run of items. */
  siblings: number;
  /** The content paragraph above ends with a colon: it announces what follows. */
  colonAbove: number;
  /** The line opens with a list number ("3.", "(3)"). */
  numbered: number;
  /** How far into the article the line stands (paragraphs over FAR_FROM_START, up to 1). */
  farFromStart: number;
  /** Fewer than SHORT_RUN paragraphs of text under it before the next headline-like line. */
  shortRun: number;
  /** The paragraphs of text under it before the next headline-like line, over REACH (1 if none). */
  runLength: number;
  /** The nearest headline-like line above, in this article, has the line's shape. */
  parallel: number;
}

export const HEAD_SIBLING_NAMES = [
  "siblingAbove",
  "siblingBelow",
  "siblings",
  "colonAbove",
  "numbered",
  "farFromStart",
  "shortRun",
  "runLength",
  "parallel",
] as const satisfies readonly (keyof HeadSiblings)[];

// Content paragraphs read above the line and under the paragraph below it. Past six, a line is
// as likely an article's headline as an item's (fitted on folds 2-4, scored on fold 1: reading
// twelve under it instead of six lowered the log loss 0.1543 -> 0.1535 only).
const REACH = 6;
// Paragraphs looked through for those: a column of debris is not read to its end.
const SCAN = 4 * REACH;
const SHORT_RUN = 3;
// Text paragraphs above looked through for the nearest headline-like line whose shape is compared.
const PARALLEL_REACH = 12;
const FAR_FROM_START = 30;
// Shorter than this share of the other's length, two lines are not of one shape.
const SAME_LENGTH = 0.5;

/**
 * Paragraphs from a headline-like line on that its sibling evidence reads where no debris
 * stands between (the line, the paragraph under it, REACH more): a piece of a large dump must
 * hold them for a start there to be judged as in the whole dump.
 */
export const SIBLING_REACH = REACH + 2;

const LIST_NUMBER = /^(?:\d{1,2}[.)]|\(\d{1,2}\)|No\.\s?\d{1,2})\s/;
const ENDS_WITH_MARK = /[.?!:]["”’)]?$/;
// A capital after a space, not where a sentence begins: a name or a title-cased word.
const INNER_CAPITAL = /(?<![.!?:])\s["“‘(]?\p{Lu}/u;

function isHeadlineLike(f: ParagraphFeatures | undefined): boolean {
  return f !== undefined && f.kind === "text" && f.headlineLike;
}

function caseStyle(text: string, f: ParagraphFeatures): number {
  if (f.allCaps) return 0;
  return INNER_CAPITAL.test(text) ? 1 : 2;
}

/** Whether two headline-like lines are of one shape: case, closing mark, about as long. */
function sameShape(table: FeatureTable, a: number, b: number): boolean {
  const ta = table.text(a);
  const tb = table.text(b);
  const fa = table.paragraphs[a] as ParagraphFeatures;
  const fb = table.paragraphs[b] as ParagraphFeatures;
  return (
    caseStyle(ta, fa) === caseStyle(tb, fb) &&
    ENDS_WITH_MARK.test(ta) === ENDS_WITH_MARK.test(tb) &&
    Math.min(ta.length, tb.length) >= SAME_LENGTH * Math.max(ta.length, tb.length)
  );
}

// Paragraphs from an article's start looked through for its first paragraph of prose.
const HEAD_OF_ARTICLE = 8;

/**
 * The article's first paragraph of prose, not headline-like (at most HEAD_OF_ARTICLE from its
 * start, and not past h): what stands above it is the article's own headline, kicker or dek.
 */
function bodyStart(features: FeatureTable["paragraphs"], first: number, h: number): number {
  let p = first;
  const last = Math.min(h, first + HEAD_OF_ARTICLE);
  while (p < last && !(features[p]?.kind === "text" && !features[p]?.headlineLike)) p++;
  return p;
}

/**
 * The sibling evidence of the headline-like line at h, with paragraph k under it, in the article
 * begun at paragraph `first` (nothing before it is read, so a piece of a large dump that begins
 * there measures the line as the whole dump does).
 */
export function headSiblings(
  table: FeatureTable,
  first: number,
  h: number,
  k: number,
  into = {} as HeadSiblings,
): HeadSiblings {
  const features = table.paragraphs;
  const body = bodyStart(features, first, h);
  let above = 0;
  let seen = 0;
  let nearestAbove = -1;
  let textAbove = 0;
  let previous = -1;
  for (let p = h - 1; p >= first && p >= h - 1 - 2 * SCAN; p--) {
    const f = features[p];
    if (!isContent(f)) continue;
    if (previous < 0) previous = p;
    // The article's own headline (its kicker, its dek) is no sibling: after a short story it
    // stands a few paragraphs up in the shape of the next story's headline, as a roundup's
    // items do, and that headline was taken for an item.
    const sibling = p >= body && isHeadlineLike(f);
    if (seen < REACH && sibling) above = 1;
    seen++;
    if (sibling) {
      nearestAbove = p;
      break;
    }
    if (f?.kind === "text" && ++textAbove >= PARALLEL_REACH) break;
  }
  let below = 0;
  let run = 0;
  seen = 0;
  for (let p = k + 1; p < features.length && p <= k + SCAN && seen < REACH; p++) {
    const f = features[p];
    if (!isContent(f)) continue;
    seen++;
    if (isHeadlineLike(f)) {
      below = 1;
      break;
    }
    if (f?.kind === "text") run++;
  }
  into.siblingAbove = above;
  into.siblingBelow = below;
  into.siblings = above * below;
  into.colonAbove = previous >= 0 && table.text(previous).trimEnd().endsWith(":") ? 1 : 0;
  into.numbered = LIST_NUMBER.test(table.text(h)) ? 1 : 0;
  into.farFromStart = Math.min(1, (h - first) / FAR_FROM_START);
  // Without a headline-like line in reach (the text runs on, or the dump ends), the run is as
  // long as can be told: a short last story is not a list's item.
  if (below === 0) run = REACH;
  into.shortRun = run < SHORT_RUN ? 1 : 0;
  into.runLength = run / REACH;
  into.parallel = nearestAbove >= 0 && sameShape(table, nearestAbove, h) ? 1 : 0;
  return into;
}
