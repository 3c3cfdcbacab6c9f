import { chainedStarts, DECODED_REACH } from "./chained-decoding.js";
import { calibrated, decoderGapModel, uncalibrated } from "./decoder-gap-models.js";
import { LEFT_WINDOW, RIGHT_WINDOW } from "./gap-windows.js";
import { LEARNED_LENGTH_PRIOR } from "./learned/decoder-data.js";
import { pullBoundaryBack } from "./lede-pull.js";
import { LeftContext } from "./left-context.js";
import { gapMeasure } from "./measured-gaps.js";
import { type DecoderTuning, decoderKnobs } from "./segment-decoder.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";
import { articleSoFarOnDemand, underSubhead } from "./under-subhead.js";

/**
 * A headless start the decoder chose: the paragraph it opens at, its gap score, and the
 * paragraphs after it a piece of a large dump must hold to begin there (parse-text.ts):
 * DECODED_REACH, or Infinity where fewer than the decoder's `minStretch` follow it in its
 * stretch (a piece begun there would judge them gap by gap).
 */
export interface DecodedStart {
  at: number;
  score: number;
  reach: number;
}

/**
 * The decoder's gap score at body[g], with what the article begun at body[articleStart] said
 * before it (LEFT_WINDOW paragraphs at most, however many starts the decoder may yet choose
 * among them): the score must not hang on starts not yet chosen, only on the one the chained
 * decoding stands on (chained-decoding.ts). Below `floor`, an upper bound of it. The gap model
 * is the briefs' or the whole articles' as the context reads the dump (decoderGapModel).
 * `keptUnder`: the start the gap's evidence is kept under where the context keeps it
 * (MeasuredGaps): articleStart, or -1 where any start that far back reads alike.
 */
export function decoderGapScore(
  context: LeftContext,
  table: FeatureTable,
  body: readonly number[],
  g: number,
  floor = Number.NEGATIVE_INFINITY,
  articleStart = 0,
  keptUnder = articleStart,
): number {
  const scorer = decoderGapModel(context).scorer;
  const at = body[g] as number;
  const ceiling = scorer.ceiling(
    table.paragraphs[at] as ParagraphFeatures,
    table.lexical(at),
    table.lexical(body[g - 1] as number),
  );
  const bound = ceiling + scorer.topicCeiling;
  if (bound < floor) return bound;
  const start = keptUnder < 0 ? -1 : (body[keptUnder] as number);
  const measure = gapMeasure(context.measuredGaps, at, start);
  // The topic evidence before the rest of the context, as gap by gap (headless-starts.ts): in a
  // stretch of megabytes with no boundary it keeps most gaps below the floor.
  const withTopics = ceiling + scorer.topicScore(context, articleStart, g, measure);
  if (withTopics < floor) return withTopics;
  return scorer.score(context, table, body, g, articleStart, floor, measure);
}

// Past this many paragraphs from the article's start a gap's score reads nothing of it (the
// left windows and the topic evidence's reach back all end later), so one score serves.
const ARTICLE_REACH = LEFT_WINDOW;
// A gap's score, and the article start it was measured in (-1: any as far back as ARTICLE_REACH).
// Grown, never shrunk, from stretch to stretch.
let scores = new Float64Array(0);
let scoredIn = new Int32Array(0);

/**
 * Where, in a stretch of body paragraphs between explicit starts, articles without a headline
 * begin, found by decoding: the chained decoding (chained-decoding.ts) decodes a window after
 * each start with the lengths of the articles its starts make (segment-decoder.ts), each gap
 * scored once for every article start it is measured in; each start moves back onto a
 * scene-setting lede above it (pullBoundaryBack).
 */
export function decodedStarts(
  context: LeftContext,
  table: FeatureTable,
  body: readonly number[],
  min: number,
  decoder: DecoderTuning,
): DecodedStart[] {
  const model = decoderGapModel(context);
  const floor = uncalibrated(model, decoder.floor);
  context.reset(body);
  if (scores.length < body.length) {
    scores = new Float64Array(body.length);
    scoredIn = new Int32Array(body.length);
  }
  scoredIn.fill(-2, 0, body.length);
  let through: ThroughTitle | undefined;
  const scoreOf = (g: number, articleStart: number) => {
    const key = g - articleStart >= ARTICLE_REACH ? -1 : articleStart;
    if (scoredIn[g] !== key) {
      // A gap under an author's note: its bonus lowers the bar the evidence must pass.
      const bonus =
        AUTHOR_NOTE_BONUS !== 0 && g > 0 && isAuthorNote(table.text(body[g - 1] as number))
          ? AUTHOR_NOTE_BONUS / model.scale
          : 0;
      let score =
        decoderGapScore(context, table, body, g, floor - bonus, articleStart, key) + bonus;
      if (
        THROUGH_TITLES &&
        !context.readsBriefsGaps &&
        !context.readsShortStoryGaps &&
        (table.paragraphs[body[g] as number] as ParagraphFeatures).headlineLike
      ) {
        through ??= new ThroughTitle(table, context);
        const bar = uncalibrated(model, THROUGH_BAR);
        const measured = through.score(body, g, articleStart, Math.max(floor, bar));
        if (measured >= bar) score = Math.max(score, measured);
      }
      scores[g] = score;
      scoredIn[g] = key;
    }
    return scores[g] as number;
  };
  const articleSoFar = articleSoFarOnDemand(table);
  // The chosen gaps' scores, read as they are chosen (a later article start may score them again).
  const chosenScores: number[] = [];
  const reader = {
    length: body.length,
    logOdds: (g: number, articleStart: number) => {
      const score = scoreOf(g, articleStart);
      // The subhead rule after the floor: only a gap that could be a start pays for reading it.
      if (score < floor || underSubhead(table, body, g, articleStart, articleSoFar))
        return Number.NEGATIVE_INFINITY;
      return calibrated(model, score);
    },
    settle: (articleStart: number, g: number) => {
      chosenScores.push(scoreOf(g, articleStart));
      return pullBoundaryBack(table, body, articleStart, g, min);
    },
    // A start on a line that reads as a headline ends the story before plainly (ShortEnd).
    plainEnd: (g: number) =>
      (table.paragraphs[body[g] as number] as ParagraphFeatures).headlineLike,
  };
  const knobs = decoderKnobs(decoder, min);
  const chosen = chainedStarts(reader, decoder.prior ?? LEARNED_LENGTH_PRIOR, knobs);
  const cuts = chosen.map((s, i) => ({
    at: body[s.at] as number,
    score: chosenScores[i] as number,
    reach: body.length - s.at < decoder.minStretch ? Number.POSITIVE_INFINITY : DECODED_REACH,
  }));
  return cuts;
}

/** Calibrated log-odds added at a gap under an author's note (isAuthorNote). */
const AUTHOR_NOTE_BONUS = 0;

// "Jo Doe is a senior editor at ...", "Jo Doe is the author of ...": the note that closes a
// column, naming its author and what they do.
const AUTHOR_NOTE =
  /^(?:\p{Lu}[\p{L}'’.-]*\s){1,3}(?:is|was|writes|has been|serves as)\s(?:an?|the|also|currently|senior|director|professor|author|editor|co-?founder|president)\b/u;
const AUTHOR_WORK =
  /\b(?:editor|writer|columnist|contributor|correspondent|reporter|author of|fellow|director|professor|analyst)\b/iu;
const AUTHOR_NOTE_WORDS = 60;

/** The paragraph is an author's note: a name, "is a ...", what they do; 60 words or fewer. */
export function isAuthorNote(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 65 || first > 90) return false;
  if (!AUTHOR_NOTE.test(text)) return false;
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
  return words <= AUTHOR_NOTE_WORDS && AUTHOR_WORK.test(text);
}

/** Whether a headline-like line's gap is also measured through the line (ThroughTitle). */
const THROUGH_TITLES = true;
/** The calibrated log-odds a gap measured through a headline-like line must reach to count. */
const THROUGH_BAR = 0;

/**
 * The gap before a headline-like line body[g] measured through the line, as if it were not
 * there: the paragraph under it is the lede, the story above ends at body[g - 1]. Where a story
 * opens on its own title pasted as a line of text, the gap at the title reads a short line, no
 * lede, and the gap under it counts the title's own words, which its lede takes up, as the story
 * above's: both read as the story going on. Measured on a copy of the stretch without the line,
 * from the article's start (ARTICLE_REACH back at most, as far as a gap's score reads) to the
 * right window past it, with a context of its own.
 */
class ThroughTitle {
  private readonly context: LeftContext;
  private readonly copy: number[] = [];

  constructor(
    private readonly table: FeatureTable,
    private readonly main: LeftContext,
  ) {
    this.context = new LeftContext(table);
  }

  score(body: readonly number[], g: number, articleStart: number, floor: number): number {
    const table = this.table;
    const under = g + 1;
    if (under >= body.length || g < 1) return Number.NEGATIVE_INFINITY;
    const scorer = decoderGapModel(this.main).scorer;
    const at = body[under] as number;
    const bound =
      scorer.ceiling(
        table.paragraphs[at] as ParagraphFeatures,
        table.lexical(at),
        table.lexical(body[g - 1] as number),
      ) + scorer.topicCeiling;
    if (bound < floor) return bound;
    const from = Math.max(articleStart, g - ARTICLE_REACH);
    const copy = this.copy;
    copy.length = 0;
    for (let k = from; k < g; k++) copy.push(body[k] as number);
    const end = Math.min(body.length, under + RIGHT_WINDOW);
    for (let k = under; k < end; k++) copy.push(body[k] as number);
    const context = this.context;
    context.readsBriefsGaps = this.main.readsBriefsGaps;
    context.readsShortStoryGaps = this.main.readsShortStoryGaps;
    context.measuredGaps = undefined;
    context.reset(copy);
    return decoderGapScore(context, table, copy, g - from, floor, 0);
  }
}
