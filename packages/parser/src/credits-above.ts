import { type ArticleSpan, roleParagraphs } from "./article-span.js";
import { lineEcho } from "./head-evidence.js";
import { prose } from "./headline-above.js";
import { endsWithPictureCredit } from "./line-kinds.js";
import { isPictureCredit } from "./page-debris.js";
import type { Paragraph } from "./paragraphs.js";
import type { ParagraphFeatures } from "./text-features.js";
import { countWords } from "./words.js";

// Captions longer than this are prose that ends on a bracketed source, not a picture's caption.
const CAPTION_MOST_WORDS = 45;

/**
 * Whether paragraph `p` is a picture's credit or its caption ending with the credit. On the
 * training outlets (folds 2-4, `corpus/closing-line-counts.ts`) a caption with its credit is
 * an article's first paragraph 279 times and its last 19, a bare credit first 56 and last 12:
 * a picture sits over the story it illustrates.
 */
export function isPictureLine(
  paragraphs: readonly Paragraph[],
  f: ParagraphFeatures,
  p: number,
): boolean {
  const text = (paragraphs[p] as Paragraph).text;
  if (f.kind === "boilerplate") return isPictureCredit(text);
  return f.kind === "text" && countWords(text) <= CAPTION_MOST_WORDS && endsWithPictureCredit(text);
}

/**
 * Where an article found at paragraph `at` begins: at the run of picture credits directly above
 * it, if any, none at or before `floor` (the paragraph the article above holds
 * last, or -1). A picture sits over the story it illustrates, so its credit goes with the
 * article below, not the one above: a dropped debris line never takes a boundary with it.
 */
export function creditsAbove(
  paragraphs: readonly Paragraph[],
  features: readonly ParagraphFeatures[],
  at: number,
  floor: number,
): number {
  let from = at;
  while (
    from - 1 > floor &&
    features[from - 1]?.kind === "boilerplate" &&
    isPictureCredit((paragraphs[from - 1] as Paragraph).text)
  )
    from--;
  return from;
}

// A gap start moves up over at most this many picture lines.
const MOST_PICTURE_LINES = 2;

/**
 * Each start found by its gap opens at the picture lines right above it (a credit, a caption
 * ending with its credit), the story above keeping a paragraph of its body. A start the
 * headline evidence took, or a dateline, opens at the captions right above it, not at a bare
 * credit: over those a caption with its credit led a headless story on folds 1-3 (the line the
 * evidence took its dek or its page title, kept as the text's), and a bare credit closed the
 * story above. Starts taken by a headline rule or a byline are left: over a true headline a
 * picture line closes the story above (on fold 1, headed recall fell when every start moved).
 */
export function picturesToStoryBelow(
  spans: readonly ArticleSpan[],
  paragraphs: readonly Paragraph[],
  features: readonly ParagraphFeatures[],
): ArticleSpan[] {
  const out = spans.map((s) => ({ ...s }));
  const isPicture = (p: number) =>
    features[p] !== undefined && isPictureLine(paragraphs, features[p] as ParagraphFeatures, p);
  const isCaption = (p: number) => features[p]?.kind === "text" && isPicture(p);
  for (let i = 1; i < out.length; i++) {
    const span = out[i] as ArticleSpan;
    const above = out[i - 1] as ArticleSpan;
    const kind = span.start?.kind;
    const gap = kind === "gap";
    if (!gap && kind !== "headline" && kind !== "dateline") continue;
    const over = gap ? isPicture : isCaption;
    const floor = bodyStart(above);
    let first = span.first;
    while (span.first - first < MOST_PICTURE_LINES && first - 1 > floor && over(first - 1)) first--;
    if (gap && first === span.first && pictureOverDek(paragraphs, features, span.first, floor))
      first = span.first - 2;
    if (first === span.first) continue;
    const moved: ArticleSpan = { ...span, first };
    // A piece of a large dump holds as much past the start as before (parse-text.ts).
    if (span.reach !== undefined) moved.reach = span.reach + (span.first - first);
    out[i] = moved;
    above.last = first - 1;
  }
  return out;
}

// A dek under a picture is a sentence or two; a longer paragraph there is the story's prose.
const DEK_MOST_WORDS = 30;

/**
 * Whether the gap start at `at` sits under a picture line and a short dek (a caption or credit,
 * then one sentence that sums the story up, then the lede): the start was found at the lede, two
 * paragraphs late. Both lines go to the story below, none at or before `floor`. On fold 1 (every
 * learned file fitted without it) 6 starts were found two late so, the largest class of late starts.
 */
function pictureOverDek(
  paragraphs: readonly Paragraph[],
  features: readonly ParagraphFeatures[],
  at: number,
  floor: number,
): boolean {
  const dek = at - 1;
  const f = features[dek];
  if (dek - 1 <= floor || f?.kind !== "text" || f.headlineLike) return false;
  if (countWords((paragraphs[dek] as Paragraph).text) > DEK_MOST_WORDS) return false;
  const picture = features[dek - 1];
  if (picture === undefined || !isPictureLine(paragraphs, picture, dek - 1)) return false;
  // The dek sums up the story under it; a story's last line under a picture in its body echoes
  // the story above.
  const text = (paragraphs[dek] as Paragraph).text;
  const table = { paragraphs: features };
  const below = lineEcho(text, prose(paragraphs, table, at, 1, paragraphs.length - 1));
  return below >= lineEcho(text, prose(paragraphs, table, dek - 2, -1, floor + 1));
}

/** The first paragraph of a span's body: the one after its headline, dek, bylines and furniture. */
export function bodyStart(span: ArticleSpan): number {
  let body = span.first;
  for (const p of roleParagraphs(span)) if (p >= body) body = p + 1;
  return body;
}
