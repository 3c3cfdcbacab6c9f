import type { ArticleSoFar } from "./article-so-far.js";
import { emptySpan, type Head } from "./article-span.js";
import { nextContent } from "./content-paragraphs.js";
import { lineEcho } from "./head-evidence.js";
import {
  type HeadVeto,
  headEvidenceAt,
  headScore,
  isNotAHead,
  SHORT_HEAD_WORDS,
} from "./head-score.js";
import type { Paragraph } from "./paragraphs.js";
import { isPersonNameLine } from "./person-name-line.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";
import { echoesLess, isSectionLabel, readsAsTitle } from "./title-lines.js";
import { bylineUnderDek, isDek, isRoleLine, NAME_LINE, SOURCE_CODE } from "./under-headline.js";

/**
 * A headline at i, with what hangs under it, or null. A headline-like line inside an article
 * is a subhead, not a headline, when its next paragraph carries on with the same cast, or when
 * it reads as running text: an interviewer's question, a short label in sentence case. `veto`
 * holds the bars of the learned headline score there (the learned ones unless a training tool
 * tries others). `refused`, where given, keeps the highest learned score of a short line (not in
 * capitals) the score's bar refused, whatever the bar: a lower bar would take no other line.
 */
export function headAt(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  i: number,
  atArticleBoundary: boolean,
  before: ArticleSoFar,
  veto?: HeadVeto,
  refused?: RefusedHeads,
): Head | null {
  const features = table.paragraphs;
  const f = features[i] as ParagraphFeatures;
  // A one-word section label ("WORLD", "Analysis") can only be a kicker.
  const label = !f.headlineLike && isSectionLabel((paragraphs[i] as Paragraph).text, f);
  if (!f.headlineLike && !label) return null;
  const span = emptySpan(i);
  let headline = i;
  let k = nextContent(features, i + 1);
  // A short label over a headline: "Middle East Crisis" / "Ceasefire Talks Stall in Doha".
  const second = features[k];
  if (
    second?.headlineLike &&
    !sameText(paragraphs[i], paragraphs[k]) &&
    f.words <= 5 &&
    second.words > f.words
  ) {
    const after = features[nextContent(features, k + 1)];
    if (after && !after.headlineLike) {
      // Inside a run, a short line over a title that is no label, or whose words come back in
      // the prose above it, is the story above's last line (its subhead, a question, a credit
      // or a prompt): the title under it is judged on its own.
      // Where an article is known to start, such a line is its headline, with what hangs under it.
      const kicker = kickerLabel(paragraphs, features, i, !atArticleBoundary);
      if (!atArticleBoundary && !kicker) return null;
      if (kicker) {
        span.kicker = i;
        headline = k;
        k = nextContent(features, k + 1);
      }
    }
  }
  if (label && span.kicker === null) return null;
  // Inside a run, of two title-like lines over a byline the one right over it is the title:
  // the line above it closes the story above (a link, a subhead, another story's title).
  if (
    !atArticleBoundary &&
    span.kicker === null &&
    second?.headlineLike &&
    !sameText(paragraphs[i], paragraphs[k]) &&
    features[nextContent(features, k + 1)]?.kind === "byline"
  )
    return null;
  if (
    !atArticleBoundary &&
    span.kicker === null &&
    second?.headlineLike &&
    !sameText(paragraphs[i], paragraphs[k]) &&
    echoesLess(paragraphs, features, i, k)
  )
    return null;
  if (atArticleBoundary && !readsAsTitle(paragraphs, features, headline)) return null;
  // A bare two-word name where an article starts is a credit (an author's, a picture's), not
  // the article's title.
  if (atArticleBoundary && bareName(paragraphs[headline] as Paragraph, features[headline]))
    return null;
  // Inside a run, a person's name on a line of its own is no title: it is a byline without "By",
  // a headless story's author over its lede. The start stands as judged (refusing it lost true
  // starts: docs/tried.md, "Bare name lines read as bylines"); the name hangs under no headline.
  const nameLine =
    !atArticleBoundary &&
    span.kicker === null &&
    !f.allCaps &&
    isPersonNameLine((paragraphs[headline] as Paragraph).text);
  span.headline = headline;
  while (k < paragraphs.length && sameText(paragraphs[headline], paragraphs[k])) {
    span.duplicates.push(k);
    k = nextContent(features, k + 1);
  }
  const next = features[k];
  if (!next || next.kind === "contributor") return null;
  if (!atArticleBoundary) span.start = { kind: "headline-rule", score: 0 };
  if (
    !atArticleBoundary &&
    span.duplicates.length === 0 &&
    next.kind === "text" &&
    // A dateline under it is a wire story's opening: no learned score outweighs that.
    next.dateline === null
  ) {
    const evidence = headEvidenceAt(paragraphs, table, headline, k, before);
    const score = headScore(evidence);
    if (!bylineUnderDek(features, k)) {
      const line = features[headline] as ParagraphFeatures;
      if (isNotAHead(evidence, score, line, veto)) {
        if (refused && !line.allCaps && line.words <= SHORT_HEAD_WORDS)
          refused.shortBest = Math.max(refused.shortBest, score);
        return null;
      }
      span.start = { kind: "headline", score };
    }
  }
  if (nameLine) {
    span.bylines.push(headline);
    span.headline = null;
  }
  // What hangs under a headline, in whatever order the page had it: a dek, bylines, a bare
  // author name, the author's role or outlet ("Political correspondent", "BBC News").
  for (let taken = 0; taken < 6 && k < paragraphs.length; taken++) {
    const kind = (features[k] as ParagraphFeatures).kind;
    const text = (paragraphs[k] as Paragraph).text;
    if (kind === "byline" || (kind === "text" && NAME_LINE.test(text))) span.bylines.push(k);
    else if (kind === "text" && (isRoleLine(text) || SOURCE_CODE.test(text)))
      span.furniture.push(k);
    else if (
      kind === "text" &&
      span.dek === null &&
      span.bylines.length === 0 &&
      isDek(paragraphs, table, k)
    )
      span.dek = k;
    else break;
    k = nextContent(features, k + 1);
  }
  // The body must open with prose, not with another headline; under a byline, a title-like
  // line is the story's own furniture (a caption, a "See also" link, a list's first item).
  // Where an article is known to start, a second title-like line over prose (a dek written as
  // a title, a subhead's label) opens the body under the headline.
  if (
    features[k]?.headlineLike &&
    span.bylines.length === 0 &&
    !(atArticleBoundary && secondLineOverProse(paragraphs, features, headline, k))
  )
    return null;
  if (k >= paragraphs.length) return null;
  return { span, bodyStart: k };
}

/** What the learned score's bar refused in a pass of headAt (see its `refused`). */
export interface RefusedHeads {
  shortBest: number;
}

function sameText(a: Paragraph | undefined, b: Paragraph | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  // Copies differ at most in punctuation and spacing: skip the work for everything else.
  if (Math.abs(a.text.length - b.text.length) > 8) return false;
  return normalizeForCompare(a.text) === normalizeForCompare(b.text);
}

function normalizeForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Whether the title-like line k under the headline h hangs over prose of its own: not a copy
 * of h, a plain text line, and the paragraph under it body text that does not read as a title.
 */
function secondLineOverProse(
  paragraphs: readonly Paragraph[],
  features: readonly ParagraphFeatures[],
  h: number,
  k: number,
): boolean {
  const second = features[k] as ParagraphFeatures;
  if (second.kind !== "text" || sameText(paragraphs[h], paragraphs[k])) return false;
  const after = features[nextContent(features, k + 1)];
  return after !== undefined && after.kind === "text" && !after.headlineLike;
}

// Paragraphs of prose above a would-be kicker whose words are looked for.
const KICKER_ECHO_PARAGRAPHS = 3;

/**
 * Whether the short line at i reads as a kicker over the headline under it: a section label (a
 * capitalized word or three, or a line in capitals, with no stop or colon) and, with `readAbove`
 * (inside a run), none of whose words come back in the prose right above it.
 */
function kickerLabel(
  paragraphs: readonly Paragraph[],
  features: readonly ParagraphFeatures[],
  i: number,
  readAbove: boolean,
): boolean {
  const f = features[i] as ParagraphFeatures;
  const text = (paragraphs[i] as Paragraph).text.trim();
  if (/[.,;:!?]/.test(text.slice(-1)) || text.includes(":")) return false;
  if (!f.allCaps && !isSectionLabel(text, f)) return false;
  if (!readAbove) return true;
  let above = "";
  for (let p = i - 1, read = 0; p >= 0 && read < KICKER_ECHO_PARAGRAPHS; p--) {
    const g = features[p];
    if (g?.kind !== "text" || g.headlineLike) continue;
    above += ` ${(paragraphs[p] as Paragraph).text}`;
    read++;
  }
  return lineEcho(text, above) === 0;
}

/** A line of just a person's two-word name ("Jane Smith"), not in capitals. */
function bareName(paragraph: Paragraph, f: ParagraphFeatures | undefined): boolean {
  return f !== undefined && f.words === 2 && !f.allCaps && NAME_LINE.test(paragraph.text.trim());
}
