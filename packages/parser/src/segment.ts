import { ArticleSoFar } from "./article-so-far.js";
import { type ArticleSpan, emptySpan, type Head } from "./article-span.js";
import { closingLinesToStoryAbove } from "./closing-lines.js";
import { holdsBodyText, nextContent } from "./content-paragraphs.js";
import { creditsAbove, picturesToStoryBelow } from "./credits-above.js";
import { dumpClosers, NO_CLOSERS } from "./dump-closers.js";
import { dumpOwnMean, withDumpPrior, withPriorMean } from "./dump-prior-tuning.js";
import { findExplicitStarts } from "./explicit-starts.js";
import { briefsByFoundStarts, FOUND_READINGS, foundMean, mayReadAsBriefs } from "./found-briefs.js";
import { headAt, type RefusedHeads } from "./head-at.js";
import { lineEcho } from "./head-evidence.js";
import { findHeadlessStarts } from "./headless-starts.js";
import { ECHO_UNDER, startAtHeadlineAbove } from "./headline-above.js";
import { LEARNED_HEAD_VETO } from "./learned/head-veto-data.js";
import { LeftContext } from "./left-context.js";
import { MeasuredGaps } from "./measured-gaps.js";
import type { Paragraph } from "./paragraphs.js";
import { DEFAULT_TUNING, type SegmentTuning, segmentTuning } from "./segment-tuning.js";
import type { FeatureTable } from "./text-features.js";

/**
 * Splits a dump's paragraphs into articles. First the explicit marks: headlines (with their
 * repeats, kickers, deks and bylines), bylines and datelines that open an article, contributor
 * lines that close one, separators. Then, inside each stretch between those marks, articles
 * that lost their headline are found where the cast and the vocabulary change and the next
 * paragraph reads like a lede.
 */
export function segmentParagraphs(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  given: SegmentTuning = DEFAULT_TUNING,
): ArticleSpan[] {
  return segmentDump(paragraphs, table, given).spans;
}

/** segmentParagraphs' spans, and whether the dump was decoded as one of short stories. */
export function segmentDump(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  given: SegmentTuning = DEFAULT_TUNING,
): { spans: ArticleSpan[]; shortStories: boolean } {
  const refused: RefusedHeads = { shortBest: Number.NEGATIVE_INFINITY };
  const read = findExplicitStarts(paragraphs, table, given.headVeto, refused);
  // The closing lines a piece of a large dump reads are the whole's, read before its pieces.
  const tuning =
    given.closers === undefined
      ? segmentTuning({ ...given, closers: dumpClosers(table, read) })
      : given;
  // One shape for every stretch's tuning and its decoder (segmentTuning): the one place tunings
  // from the defaults, the dump's prior and the sweep tool are made alike.
  const { heads, decoding } = withShortHeads(
    paragraphs,
    table,
    tuning,
    read,
    segmentTuning(withDumpPrior(tuning, table.paragraphs, read)),
    refused,
  );
  if (!mayReadAsBriefs(tuning, decoding))
    return readingOf(
      segmentStretches(paragraphs, table, heads, withStoryCount(decoding, heads.length)),
      decoding,
    );
  // A dump of briefs with few headlines is read again as one, from the articles found. Those are
  // found with the briefs' gap model, the one that reading's bar was chosen with: found with the
  // whole articles', some briefs dumps went unread (docs/tried.md, "The briefs' reading from the
  // briefs' model"). Not read as briefs, the dump is read once more with the prior tilted to the
  // found mean (found-briefs.ts), and at last segmented again with the whole articles' model. Every
  // reading after the first weighs the gaps' evidence the first measured (MeasuredGaps): only
  // the weighing is done again.
  const measured = new MeasuredGaps(paragraphs.length, decodesShortStories(decoding));
  let reading = decoding;
  for (let r = 0; r < FOUND_READINGS; r++) {
    const spans = segmentStretches(paragraphs, table, heads, reading, true, measured);
    const briefs = briefsByFoundStarts(tuning, table.paragraphs, spans);
    if (briefs) {
      const asBriefs = withStoryCount(briefs, spans.length);
      return readingOf(
        segmentStretches(paragraphs, table, heads, asBriefs, undefined, measured),
        asBriefs,
      );
    }
    if (spans.length === 0) break;
    reading = segmentTuning(withPriorMean(tuning, foundMean(table.paragraphs, spans)));
  }
  return readingOf(
    segmentStretches(paragraphs, table, heads, decoding, undefined, measured),
    decoding,
  );
}

/**
 * The spans, and whether the dump reads as one of short stories: decoded as one, with
 * ShortStoriesModel's `fewestStories` articles or more found (a text of one or two stories, a
 * test's interview, decodes short with nothing to say of the dump's kind).
 */
function readingOf(
  spans: ArticleSpan[],
  decoding: SegmentTuning,
): { spans: ArticleSpan[]; shortStories: boolean } {
  const fewest = decoding.shortDumps?.storiesModel.fewestStories ?? 0;
  return { spans, shortStories: decodesShortStories(decoding) && spans.length >= fewest };
}

/**
 * The articles between the explicit starts `heads` and the headless ones found among them,
 * read with the briefs' gap model where `briefsGaps` says so (by default where the dump is
 * decoded as one of short stories). `measured`: the gaps' evidence to read from and keep, where
 * this reading reads the short story's lean as it was measured.
 */
export function segmentStretches(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  heads: readonly Head[],
  decoding: SegmentTuning,
  briefsGaps?: boolean,
  measured?: MeasuredGaps,
): ArticleSpan[] {
  const firstStretch = decoding.shortStoriesAfterFirst
    ? segmentTuning({ ...decoding, shortStories: undefined })
    : decoding;
  const shortStories = decodesShortStories(decoding);
  const context = new LeftContext(table);
  context.topics.readsShortStories = shortStories;
  context.readsBriefsGaps = briefsGaps ?? shortStories;
  context.readsShortStoryGaps = decoding.decoder?.shortStoryGaps === true;
  context.closers = decoding.closers ?? NO_CLOSERS;
  // Evidence kept from another reading holds no vocabularyDivergence, which only this model reads.
  if (measured?.readsShortStories === shortStories && !context.readsShortStoryGaps)
    context.measuredGaps = measured;
  const soFar = new ArticleSoFar(table);
  const spans: ArticleSpan[] = [];
  for (let h = 0; h < heads.length; h++) {
    const head = heads[h] as Head;
    const end =
      h + 1 < heads.length ? (heads[h + 1] as Head).span.first - 1 : paragraphs.length - 1;
    const closed = h + 1 < heads.length;
    const stretchTuning = h === 0 ? firstStretch : decoding;
    // Where the story after the next explicit start ends: the start after it, or the text's end.
    const runEnd =
      h + 2 < heads.length ? (heads[h + 2] as Head).span.first : closed ? paragraphs.length : -1;
    const cuts = findHeadlessStarts(
      context,
      table,
      head.bodyStart,
      end,
      stretchTuning,
      closed,
      runEnd,
    );
    // Articles never reach back past an explicit start: this stretch's names are done with.
    table.release(head.span.first, end);
    let first = head.span.first;
    let span: ArticleSpan = head.span;
    // Where the open article's prose begins, past its headline, dek and credit lines.
    let bodyStart = head.bodyStart;
    for (let c = 0; c < cuts.length; c++) {
      const cut = cuts[c] as (typeof cuts)[number];
      const limit = c + 1 < cuts.length ? (cuts[c + 1]?.at as number) - 1 : end;
      const at = startAtHeadlineAbove(
        paragraphs,
        table,
        startAtHeadlineBelow(paragraphs, table, cut.at, limit, soFar),
        first,
        soFar,
      );
      // A picture's credit right above the start opens the article below (credits-above.ts).
      const opening = creditsAbove(paragraphs, table.paragraphs, at, first);
      // A start that would leave the article above its headline, dek and credit lines with no
      // prose under them is no start: the furniture stays with its body, as a head needs a body
      // (head-at.ts). A low shortStart in a dump of briefs splits a story under its credits.
      if (!holdsBodyText(table.paragraphs, bodyStart, opening - 1)) continue;
      spans.push({ ...span, first, last: opening - 1 });
      first = opening;
      // A headline-like line the text shows an article starts at is that article's headline,
      // as it would be at the start of a dump (or of a piece of one).
      const found = headAt(paragraphs, table, at, true, soFar);
      span = found?.span ?? emptySpan(at);
      bodyStart = found?.bodyStart ?? at;
      span.start = { kind: "gap", score: cut.score };
      if (cut.reach !== undefined) span.reach = cut.reach;
    }
    spans.push({ ...span, first, last: end });
  }
  // A start found on the story above's "Read more" or contact line opens under it.
  const closed = closingLinesToStoryAbove(spans, paragraphs, table, soFar);
  // A picture's caption or credit right above a start opens the article below it.
  return picturesToStoryBelow(closed, paragraphs, table.paragraphs);
}

/**
 * `decoding`, without the short stories' gap model where the text at hand shows fewer than
 * ShortStoriesModel's `fewestStories` stories (explicit starts, or articles found): the mean of
 * so few says little of the kind of dump. Counted in each piece of a large dump: counted once for
 * the whole, from its first lines' explicit starts, the model read a mix of headline-like runs
 * and stories past the pieces' bound on work (parse-text-shapes.test.ts).
 */
function withStoryCount(decoding: SegmentTuning, stories: number): SegmentTuning {
  const decoder = decoding.decoder;
  const fewest = decoding.shortDumps?.storiesModel.fewestStories ?? 0;
  if (decoder === undefined || !decoder.shortStoryGaps || stories >= fewest) return decoding;
  return segmentTuning({ ...decoding, decoder: { ...decoder, shortStoryGaps: false } });
}

/**
 * The explicit starts and the decoding of a dump of short stories, whose short headlines (seven
 * words or fewer) are taken at ShortDumps' `shortHeadBar`, not at the learned bar: where the dump
 * is decoded as short stories from its explicit starts, and where, with the short headlines the
 * lower bar takes, its own mean length falls under `shortHeadMean` with `shortHeadStories` stories
 * or more (many briefs' headlines missed made their dump's mean read long). Else `read` and
 * `decoding` as they are.
 */
function withShortHeads(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  tuning: SegmentTuning,
  read: Head[],
  decoding: SegmentTuning,
  refused: RefusedHeads,
): { heads: Head[]; decoding: SegmentTuning } {
  const short = tuning.shortDumps;
  const veto = tuning.headVeto ?? LEARNED_HEAD_VETO;
  // No short line refused at or over the lower bar: it would find the same starts.
  if (
    short === undefined ||
    short.shortHeadBar >= veto.short ||
    refused.shortBest < short.shortHeadBar
  )
    return { heads: read, decoding };
  const shortDump = decodesShortStories(decoding);
  // A piece of a large dump keeps the prior read before its pieces: its shortness is not its own.
  if (!shortDump && tuning.decoder?.prior !== undefined) return { heads: read, decoding };
  const low = findExplicitStarts(paragraphs, table, { short: short.shortHeadBar, long: veto.long });
  if (shortDump) return { heads: low, decoding };
  // As for the short stories' model, a mean of two stories says little of the dump: a story's
  // credit line over its lede, taken for a headline, made a dump of two read as short (a test).
  if (low.length <= read.length || low.length < short.shortHeadStories)
    return { heads: read, decoding };
  const lowMean = dumpOwnMean(tuning, table.paragraphs, low);
  if (lowMean === undefined || lowMean >= short.shortHeadMean) return { heads: read, decoding };
  const lowDecoding = segmentTuning(withDumpPrior(tuning, table.paragraphs, low));
  return decodesShortStories(lowDecoding)
    ? { heads: low, decoding: lowDecoding }
    : { heads: read, decoding };
}

/** Whether the dump is decoded as one of short stories (withPriorMean, briefsByFoundStarts). */
export function decodesShortStories(decoding: SegmentTuning): boolean {
  const short = decoding.shortDumps;
  return short !== undefined && decoding.decoder?.fewest === short.minParagraphs;
}

// The lede-likeness (0-1) at which a paragraph is taken for the opening it reads as.
const PLAIN_LEDE = 0.75;

/**
 * Where an article found by its gap starts: at `at`, or, when `at` is a lone paragraph right over
 * a headline-like line that heads prose of its own, at that headline. A story's short closing
 * line ("The council meets again in May.") can read like a lede, and then the start is taken a
 * paragraph early, with the next story's headline swallowed as a subhead.
 */
function startAtHeadlineBelow(
  paragraphs: readonly Paragraph[],
  table: FeatureTable,
  at: number,
  limit: number,
  soFar: ArticleSoFar,
): number {
  const features = table.paragraphs;
  if (features[at]?.headlineLike) return at;
  const below = nextContent(features, at + 1);
  if (below > limit || !features[below]?.headlineLike) return at;
  // A paragraph that reads plainly as a lede (a caption, a standfirst over a subhead) opens
  // the article itself.
  if (table.lexical(at).ledeLike >= PLAIN_LEDE) return at;
  const head = headAt(paragraphs, table, below, true, soFar);
  if (head === null) return at;
  // The headline's words come back in the prose under it, not in the paragraph above: a
  // subhead under a lede would share the lede's words too.
  const line = (paragraphs[below] as Paragraph).text;
  const under = (paragraphs[head.bodyStart] as Paragraph).text;
  const above = (paragraphs[at] as Paragraph).text;
  return lineEcho(line, under) >= ECHO_UNDER && lineEcho(line, above) === 0 ? below : at;
}
