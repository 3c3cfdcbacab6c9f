import { ArticleSoFar } from "./article-so-far.js";
import { emptySpan, type Head } from "./article-span.js";
import { isContent, nextContent } from "./content-paragraphs.js";
import { creditsAbove } from "./credits-above.js";
import { headAt, type RefusedHeads } from "./head-at.js";
import type { HeadVeto } from "./head-score.js";
import { isEllipsis, isEmbedLink, isSourceLink } from "./line-kinds.js";
import { withoutLinkListBreaks } from "./link-list-breaks.js";
import type { Paragraph } from "./paragraphs.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";

/**
 * Articles opened by explicit marks: headlines, bylines, datelines, closing contributor lines.
 * `veto`: the bars of the learned headline score inside an article (see head-at.ts); `refused`
 * keeps the highest score of a short line they refused.
 */
export function findExplicitStarts(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  veto?: HeadVeto,
  refused?: RefusedHeads,
): Head[] {
  const features = table.paragraphs;
  const heads: Head[] = [];
  let articleStart = 0;
  let previous = -1; // last content paragraph
  let separatorSince = false;
  // The paragraph after the last separator since the last content paragraph: where the next
  // article begins, debris under the separator (a picture's credit, an editor's note) and all.
  let afterSeparator = -1;
  // A link on a line of its own since the last content paragraph: the next article's source,
  // and its first line.
  let sourceSince = -1;
  let bodySoFar = 0;
  // The most blank lines before any paragraph since the last content one: a wide gap stays
  // wide with "Share this article" or "Advertisement" dropped on either side of it.
  let widestSince = 0;
  let i = 0;
  const gapBetweenArticles = articleGap(paragraphs, features);
  // The article so far, asked about only when a subhead must be told from a headline.
  const soFar = new ArticleSoFar(table);
  while (i < paragraphs.length) {
    const f = features[i] as ParagraphFeatures;
    widestSince = Math.max(widestSince, (paragraphs[i] as Paragraph).blankLinesBefore);
    if (!isContent(f)) {
      if (f.kind === "separator") {
        // An ellipsis on a line of its own marks words left out of a quotation or a transcript,
        // and a link to a post, a video or a picture stands where the story embedded it: inside
        // the story, both part nothing.
        const text = (paragraphs[i] as Paragraph).text;
        if (!isEllipsis(text) && !isEmbedLink(text)) {
          separatorSince = true;
          afterSeparator = i + 1;
          if (sourceSince < 0 && isSourceLink(text)) sourceSince = i;
        }
      }
      i++;
      continue;
    }
    const prev = features[previous];
    // A wider gap than between paragraphs parts articles, unless the text plainly goes on.
    const wideGap = widestSince >= gapBetweenArticles && !f.continuationOpening;
    widestSince = 0;
    const afterClose = prev?.kind === "contributor" || separatorSince || wideGap;
    soFar.reset(articleStart, i);
    const head = headAt(paragraphs, table, i, previous < 0 || afterClose, soFar, veto, refused);
    if (head) {
      if (sourceSince >= 0) head.span.first = sourceSince;
      // Picture credits over the dump's first headline are its article's: no other's.
      else if (previous < 0) head.span.first = creditsAbove(paragraphs, features, i, previous);
      heads.push(head);
      separatorSince = false;
      sourceSince = -1;
      articleStart = head.span.first;
      // The lede is the article's first body paragraph: it opens nothing new.
      previous = head.bodyStart;
      bodySoFar = 1;
      i = head.bodyStart + 1;
      continue;
    }
    // A dateline opens an article, unless the article it would split has barely begun.
    const opensWithDateline = f.dateline !== null && bodySoFar >= 2;
    // A contributor line closes the article it follows, even past a separator ("___").
    const hardBreak = previous < 0 || (afterClose && f.kind !== "contributor");
    const byByline = f.kind === "byline" && bodySoFar > 0;
    // A byline under the lone line a text opens with: that line was the first article's title.
    const last = heads.at(-1);
    if (
      byByline &&
      last !== undefined &&
      last.span.start === undefined &&
      last.span.headline === null &&
      last.span.first === previous &&
      last.bodyStart === previous &&
      isTitleOver(paragraphs[previous] as Paragraph, features[previous] as ParagraphFeatures) &&
      opensWithProse(features, i)
    ) {
      last.span.headline = previous;
      let bodyStart = i;
      while (features[bodyStart]?.kind === "byline") {
        last.span.bylines.push(bodyStart);
        bodyStart = nextContent(features, bodyStart + 1);
      }
      last.bodyStart = bodyStart;
      bodySoFar = 0;
      previous = i;
      separatorSince = false;
      sourceSince = -1;
      i++;
      continue;
    }
    if (hardBreak || byByline || opensWithDateline) {
      // The line over a byline that opens an article is its headline, whatever its shape: a
      // title the headline rules do not know (two sentences, a colon) still sits there.
      const titled =
        byByline &&
        previous > (heads.at(-1)?.bodyStart ?? -1) &&
        isTitleOver(paragraphs[previous] as Paragraph, features[previous] as ParagraphFeatures) &&
        opensWithProse(features, i);
      // The dump's first article opens at the picture credits above it, as above. Elsewhere a
      // credit over a headline, a byline or a wide gap may as well close the story above
      // (composed dumps place it so), and is left where it is.
      // After a separator a headless article opens right under it, debris and all (a headed
      // one opens at its headline: pages close a story with a rule and its own debris under it).
      // Under a contributor line, which closes the story above, a headless article opens at the
      // picture credits right above its first line: the picture is its own.
      const credited =
        previous < 0
          ? creditsAbove(paragraphs, features, i, previous)
          : separatorSince
            ? afterSeparator
            : prev?.kind === "contributor"
              ? creditsAbove(paragraphs, features, i, previous)
              : i;
      const span = emptySpan(titled ? previous : sourceSince >= 0 ? sourceSince : credited);
      if (titled) span.headline = previous;
      if (!hardBreak) span.start = { kind: byByline ? "byline" : "dateline", score: 0 };
      let bodyStart = i;
      while (features[bodyStart]?.kind === "byline") {
        span.bylines.push(bodyStart);
        bodyStart = nextContent(features, bodyStart + 1);
      }
      heads.push({ span, bodyStart: Math.max(bodyStart, i) });
      articleStart = span.first;
      bodySoFar = 0;
    }
    if (f.kind === "text") bodySoFar++;
    previous = i;
    separatorSince = false;
    sourceSince = -1;
    i++;
  }
  if (heads.length === 0 && paragraphs.length > 0) heads.push({ span: emptySpan(0), bodyStart: 0 });
  return withoutLinkListBreaks(withoutClosingTails(heads, table), paragraphs, table);
}

// Most paragraphs of prose a break after a contributor line may open before the next explicit
// start (or the dump's end) and still be left with the story above (withoutClosingTails).
const TAIL_MOST_TEXT = 6;
// The lede model's chance (ledeLike) from which the tail's first paragraph reads as a lede: a
// short story after a closing credit still opens its own article. The corpus's tails of folds 1-4
// read 0.02-0.32; a fixture's short feature story after a credit 0.48 (at 0.5 it was lost).
const TAIL_LEDE = 0.4;

/**
 * The heads without the hard breaks after a contributor line that open only a short tail of
 * prose before the next explicit start: a story's promotions and notes under its closing
 * credit ("This report was featured in ...", "Like us on ..."), not an article, unless its first
 * paragraph reads as a lede. On fold 1 (one a line, the files fitted without it) breaks after a
 * contributor line with six paragraphs of prose or fewer opened 3 false starts and no true one
 * (their first paragraphs' ledeLike 0.19-0.32, TAIL_LEDE), with seven or more 54 true and 4 false
 * (docs/tried.md, "A story's short tail under its closing credit"). The story above keeps the
 * tail, as the corpus has it.
 */
function withoutClosingTails(heads: Head[], table: FeatureTable): Head[] {
  const features = table.paragraphs;
  return heads.filter((head, h) => {
    const span = head.span;
    if (h === 0 || span.start !== undefined || span.headline !== null) return true;
    let above = span.first - 1;
    while (above >= 0 && !isContent(features[above])) above--;
    if (features[above]?.kind !== "contributor") return true;
    const end = (heads[h + 1] as Head | undefined)?.span.first ?? features.length;
    let text = 0;
    let opening = -1;
    for (let k = head.bodyStart; k < end; k++)
      if (features[k]?.kind === "text") {
        if (opening < 0) opening = k;
        text++;
      }
    if (text > TAIL_MOST_TEXT || opening < 0) return text > TAIL_MOST_TEXT;
    return table.lexical(opening).ledeLike >= TAIL_LEDE;
  });
}

// Most words of a line taken as the headline over a byline.
const TITLE_OVER_BYLINE_WORDS = 20;

/** A short line of text that may title the article whose byline follows it. */
function isTitleOver(paragraph: Paragraph, f: ParagraphFeatures): boolean {
  return (
    f.kind === "text" &&
    f.words <= TITLE_OVER_BYLINE_WORDS &&
    f.dateline === null &&
    !f.continuationOpening &&
    !/^["“‘]/.test(paragraph.text)
  );
}

/** Whether the first paragraph after the bylines from k on is prose, as a body opens. */
function opensWithProse(features: readonly ParagraphFeatures[], k: number): boolean {
  let body = k;
  while (features[body]?.kind === "byline") body = nextContent(features, body + 1);
  const f = features[body];
  return f !== undefined && f.kind === "text" && !f.headlineLike;
}

/**
 * How many blank lines set articles apart, or Infinity when the dump does not use blank lines
 * that way: more than the usual number between paragraphs, and rare enough (under one gap in
 * five) to mark articles rather than paragraphs. A gap is counted between content paragraphs, at
 * its widest: debris in it neither makes two gaps of it nor narrows it.
 */
function articleGap(
  paragraphs: readonly Paragraph[],
  features: readonly ParagraphFeatures[],
): number {
  const counts = new Map<number, number>();
  let gaps = 0;
  let widest = 0;
  let seenContent = false;
  for (let i = 0; i < paragraphs.length; i++) {
    widest = Math.max(widest, (paragraphs[i] as Paragraph).blankLinesBefore);
    if (!isContent(features[i])) continue;
    if (seenContent) {
      counts.set(widest, (counts.get(widest) ?? 0) + 1);
      gaps++;
    }
    seenContent = true;
    widest = 0;
  }
  let typical = 0;
  let best = -1;
  for (const [gap, count] of counts) if (count > best) [typical, best] = [gap, count];
  let wider = 0;
  for (const [gap, count] of counts) if (gap > typical) wider += count;
  return wider * 5 < gaps + 1 ? typical + 1 : Number.POSITIVE_INFINITY;
}
