import { isAuthorNote } from "./author-note.js";
import { dumpBeatWeights } from "./beat-weights.js";
import { chainedStarts, DECODED_REACH } from "./chained-decoding.js";
import { calibrated, decoderGapModel, uncalibrated } from "./decoder-gap-models.js";
import type { DumpClosers } from "./dump-closers.js";
import { LEFT_WINDOW, LONG_BEAT_FAR, LONG_BEAT_NEAR } from "./gap-windows.js";
import { insideList } from "./inside-list.js";
import { LEARNED_LENGTH_PRIOR } from "./learned/decoder-data.js";
import { pullBoundaryBack } from "./lede-pull.js";
import type { LeftContext } from "./left-context.js";
import { gapMeasure } from "./measured-gaps.js";
import { PieceTerms } from "./piece-terms.js";
import { type DecoderTuning, decoderKnobs } from "./segment-decoder.js";
import { StoryCloses } from "./story-closes.js";
import type { FeatureTable, ParagraphFeatures } from "./text-features.js";
import { endsAsking } from "./topic-features.js";
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
  const bound = ceiling + scorer.topicCeiling(articleStart, g, context.topics.readsShortStories);
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
// Which paragraphs close a story by their kind, kept per table.
const storyCloses = new StoryCloses();

/** A paragraph from the one above gap g to the one under it (page debris between) closes a story. */
function storyClosesAbove(table: FeatureTable, body: readonly number[], g: number): boolean {
  for (let p = body[g - 1] as number; p < (body[g] as number); p++)
    if (storyCloses.closes(table, p)) return true;
  return false;
}

/** A paragraph from the one above gap g to the one under it (page debris between) repeats a closer. */
function closesAbove(
  table: FeatureTable,
  body: readonly number[],
  g: number,
  closers: DumpClosers,
): boolean {
  for (let p = body[g - 1] as number; p < (body[g] as number); p++)
    if (closers.repeats(table, p)) return true;
  return false;
}

/**
 * What a gap under an author's note, a line that closes the dump's stories elsewhere or a line
 * that closes a story by its kind adds to its decoder score (in the score's own units: calibrated
 * log-odds over `scale`); the bonus lowers the bar the evidence must pass.
 */
export function closingBonus(
  table: FeatureTable,
  body: readonly number[],
  g: number,
  closers: DumpClosers,
  scale: number,
): number {
  let bonus =
    g > 0 && isAuthorNote(table.text(body[g - 1] as number)) ? AUTHOR_NOTE_BONUS / scale : 0;
  if (closers.size > 0 && g > 0 && closesAbove(table, body, g, closers))
    bonus += CLOSER_BONUS / scale;
  if (g > 0 && storyClosesAbove(table, body, g)) bonus += CLOSE_BONUS / scale;
  return bonus;
}

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
  // Read by the briefs' and short stories' gap models, not the whole articles' (beatWindowBonus);
  // the whole articles' read the long windows' instead (longBeatBonus).
  const beatOn = context.readsShortStoryGaps || context.readsBriefsGaps;
  const floor = uncalibrated(model, decoder.floor);
  const longMost = beatOn ? 0 : LONG_BEAT_INTERCEPT / model.scale;
  const weights = dumpBeatWeights(table);
  context.reset(body);
  if (scores.length < body.length) {
    scores = new Float64Array(body.length);
    scoredIn = new Int32Array(body.length);
  }
  scoredIn.fill(-2, 0, body.length);
  const closers = context.closers;
  // The most the beat windows can add (their cosine is 0 to 1, or they add nothing).
  const mostBeat = beatOn ? mostBeatBonus(model.scale) : 0;
  const scoreOf = (g: number, articleStart: number) => {
    const key = g - articleStart >= ARTICLE_REACH ? -1 : articleStart;
    if (scoredIn[g] !== key) {
      const closing = closingBonus(table, body, g, closers, model.scale);
      if (beatOn) {
        // The gap's score against the floor less the most the windows could add first: where
        // even that leaves it below, the windows (the dearest part of a briefs' gap) go unread.
        // Above that bar the score is exact (decoderGapScore), and every gap below the floor
        // reads alike (logOdds), so the starts are the same to the last bit.
        const loose = floor - (closing + mostBeat) - BEAT_MARGIN;
        const score = decoderGapScore(context, table, body, g, loose, articleStart, key);
        scores[g] =
          score < loose
            ? score + closing + mostBeat
            : score + (closing + beatWindowBonus(table, body, g, articleStart) / model.scale);
      } else {
        let bonus = closing;
        // The long windows' bonus is at most longMost: read only where it may lift the gap to the
        // floor, against the bar lowered by as much (a score found above a bar is exact).
        const score = decoderGapScore(
          context,
          table,
          body,
          g,
          floor - bonus - longMost,
          articleStart,
          key,
        );
        if (longMost > 0 && score + bonus + longMost >= floor)
          bonus += longBeatBonus(table, body, g, articleStart, weights) / model.scale;
        scores[g] = score + bonus;
      }
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
      // The subhead and list rules after the floor: only a gap that could be a start pays for
      // reading them.
      if (
        score < floor ||
        underSubhead(table, body, g, articleStart, articleSoFar) ||
        insideList(table, body[g] as number)
      )
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

/**
 * Calibrated log-odds added at a gap under an author's note (isAuthorNote): beside the decoder's
 * log-odds at the gaps of decoded stories, a logistic fit weighs the note +3.06 / +2.44 / +2.17 on
 * folds 2 / 3 / 4 (`node dist-tools/corpus/headless-names.js FOLD`, "authorNoteTight").
 */
const AUTHOR_NOTE_BONUS = 2.5;

/**
 * Calibrated log-odds added at a gap under a line that repeats one closing a story above one of
 * the dump's explicit starts (dump-closers.ts): beside the decoder's log-odds at the gaps of
 * decoded stories a logistic fit weighs it +4.39 / +3.61 on folds 2 / 3
 * (`node dist-tools/corpus/dump-echoes.js FOLD`, "closerAbove").
 */
const CLOSER_BONUS = 3.5;

/**
 * Calibrated log-odds added at a gap under a closing line or a copyright line (StoryCloses):
 * beside the decoder's log-odds a logistic fit weighs such a line above the gap +0.70 / +1.31 /
 * +1.28 on folds 2 / 3 / 4 (`node dist-tools/corpus/dump-openers.js FOLD`, "copyOrClosing").
 */
const CLOSE_BONUS = 1.1;

/**
 * Calibrated log-odds added at a gap of the briefs' or short stories' decoder by how little the
 * paragraphs above it (BEAT_ABOVE at most, none before the article's start) and those from the
 * would-be lede (BEAT_BELOW) share the dump's own story words (`dumpBeatWeights`: a beat's words,
 * used all over the dump, weigh little): BEAT_INTERCEPT + BEAT_SLOPE x their cosine. The missed
 * headless starts hold together with the story above in the gap model's windows much as the gaps
 * inside a story do; beside the decoder's log-odds a logistic fit weighs the cosine -13.0 / -15.2
 * on folds 2 / 3 (intercept +0.99; `node dist-tools/corpus/beat-window-cues.js FOLD`). Read by
 * the whole articles' decoder too it cost precision on fold 3 (F1 -0.012): docs/tried.md,
 * "Headless starts: a census on folds 2-3, and the dump's beat words in the decoder's windows".
 */
const BEAT_INTERCEPT = 0.99;
const BEAT_SLOPE = -13;
const BEAT_ABOVE = 8;
const BEAT_BELOW = 3;
/**
 * The fewest words each window holds for the bonus. A few short paragraphs (an interview's
 * questions and answers, a transcript's lines, a list of titled links, a dump's last lines) share
 * next to no words by chance, so their cosine near 0 reads as a new story. Beside the decoder's
 * log-odds, the cosine read only where both windows hold at least this many words saves 50.9 /
 * 80.2 nats on folds 2 / 3 against 40.7 / 65.6 read everywhere (floors 40 / 60: 51.7 / 74.3, 53.6
 * / 78.5); about the 5th percentile of the true starts' windows below (40 / 51 words):
 * `node dist-tools/corpus/beat-window-cues.js FOLD`.
 */
const BEAT_MIN_WORDS = 50;

// Kept between the loose bar and the floor, so that rounding cannot lift a skipped gap's sum.
const BEAT_MARGIN = 1e-9;

/** The most beatWindowBonus can add over the gap model's `scale`: 0, or its cosine's ends. */
function mostBeatBonus(scale: number): number {
  return Math.max(0, BEAT_INTERCEPT / scale, (BEAT_INTERCEPT + BEAT_SLOPE) / scale);
}

function beatWindowBonus(
  table: FeatureTable,
  body: readonly number[],
  g: number,
  articleStart: number,
): number {
  const from = Math.max(articleStart, g - BEAT_ABOVE);
  const right = Math.min(body.length, g + BEAT_BELOW);
  if (!beatReadable(table, body, from, g, right)) return 0;
  const pieces = beatPieces(table, body, from, g, right, right, dumpBeatWeights(table));
  return BEAT_INTERCEPT + BEAT_SLOPE * pieces.cohesion();
}

// The long windows' bonus: its intercept and its slopes on the near and far cosines, read on
// folds 2-3 (docs/tried.md, "A long-window beat bonus for the whole articles' decoder").
const LONG_BEAT_INTERCEPT = 0.7;
const LONG_BEAT_NEAR_SLOPE = -14;
const LONG_BEAT_FAR_SLOPE = -12;
const LONG_BEAT_ABOVE = LEFT_WINDOW;

/**
 * Calibrated log-odds added at a gap of the whole articles' decoder by how little the paragraphs
 * above it (LONG_BEAT_ABOVE at most, none before the article's start) share the dump's beat-weighed
 * story words with the would-be lede and the paragraphs under it (LONG_BEAT_NEAR), and with the
 * ones after those (LONG_BEAT_FAR; a decoded start's reach holds them, DECODED_REACH):
 * LONG_BEAT_INTERCEPT + LONG_BEAT_NEAR_SLOPE x the near cosine + LONG_BEAT_FAR_SLOPE x the far one.
 * A long story's turn (a quote, a scene, a side story) shares few words with the paragraphs just
 * under it but more with those further on, which the far window holds down; the briefs' short windows (BEAT_ABOVE, BEAT_BELOW) read in whole articles' dumps cost
 * precision. Guarded as the briefs' bonus (beatReadable; the far window holds BEAT_MIN_WORDS too).
 * Never more than LONG_BEAT_INTERCEPT: the weights are not negative, nor then the cosines.
 */
function longBeatBonus(
  table: FeatureTable,
  body: readonly number[],
  g: number,
  articleStart: number,
  weights: ReadonlyMap<number, number>,
): number {
  const from = Math.max(articleStart, g - LONG_BEAT_ABOVE);
  const near = Math.min(body.length, g + LONG_BEAT_NEAR);
  const far = Math.min(body.length, near + LONG_BEAT_FAR);
  if (!beatReadable(table, body, from, g, near)) return 0;
  const pieces = beatPieces(table, body, from, g, near, far, weights);
  const nearCosine = pieces.cohesion();
  // A far window the stretch cuts short (where it ends, or where a piece of a large dump does)
  // or too short to read is taken to read as the near one: cut short at a piece's end it would
  // read as a new story's, and lift the gaps there that the whole dump holds down.
  let farCosine = nearCosine;
  if (far - near === LONG_BEAT_FAR && windowWords(table, body, near, far) >= BEAT_MIN_WORDS) {
    // The far window in the near one's place, on the same piece above.
    for (let k = g; k < near; k++) pieces.below(body[k] as number, -1);
    for (let k = near; k < far; k++) pieces.below(body[k] as number, 1);
    farCosine = pieces.cohesion();
  }
  return LONG_BEAT_INTERCEPT + LONG_BEAT_NEAR_SLOPE * nearCosine + LONG_BEAT_FAR_SLOPE * farCosine;
}

/**
 * Whether a gap's beat windows, body[from..g) above and body[g..right) below, may be read: not at
 * an interview's turn (a question and its answer share few words: the lean's guard too), and each
 * holding BEAT_MIN_WORDS words.
 */
function beatReadable(
  table: FeatureTable,
  body: readonly number[],
  from: number,
  g: number,
  right: number,
): boolean {
  if (g === 0) return false;
  if (endsAsking(table.text(body[g - 1] as number)) || endsAsking(table.text(body[g] as number)))
    return false;
  return (
    windowWords(table, body, from, g) >= BEAT_MIN_WORDS &&
    windowWords(table, body, g, right) >= BEAT_MIN_WORDS
  );
}

/**
 * The beat-weighed terms of body[from..g) above and body[g..right) below, with the paragraphs up
 * to body[last - 1] read in to be slid in later.
 */
function beatPieces(
  table: FeatureTable,
  body: readonly number[],
  from: number,
  g: number,
  right: number,
  last: number,
  weights: ReadonlyMap<number, number>,
): PieceTerms {
  const pieces = new PieceTerms(table, body[from] as number, body[last - 1] as number, weights);
  for (let k = from; k < g; k++) pieces.above(body[k] as number, 1);
  for (let k = g; k < right; k++) pieces.below(body[k] as number, 1);
  return pieces;
}

function windowWords(
  table: FeatureTable,
  body: readonly number[],
  from: number,
  to: number,
): number {
  let words = 0;
  for (let k = from; k < to; k++) words += table.words(body[k] as number);
  return words;
}
