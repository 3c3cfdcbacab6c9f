import { isAuthorNote } from "./author-note.js";
import { chainedStarts, DECODED_REACH } from "./chained-decoding.js";
import { openingReference, profileDistance, pronounCounts } from "./corpus/pronoun-reference.js";
import { calibrated, decoderGapModel, uncalibrated } from "./decoder-gap-models.js";
import type { DumpClosers } from "./dump-closers.js";
import { LEFT_WINDOW } from "./gap-windows.js";
import { LEARNED_LENGTH_PRIOR } from "./learned/decoder-data.js";
import { pullBoundaryBack } from "./lede-pull.js";
import type { LeftContext } from "./left-context.js";
import { gapMeasure } from "./measured-gaps.js";
import { type DecoderTuning, decoderKnobs } from "./segment-decoder.js";
import { StoryCloses } from "./story-closes.js";
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
  const closers = context.closers;
  const scoreOf = (g: number, articleStart: number) => {
    const key = g - articleStart >= ARTICLE_REACH ? -1 : articleStart;
    if (scoredIn[g] !== key) {
      // A gap under an author's note, or under a line that closes the dump's stories elsewhere:
      // its bonus lowers the bar the evidence must pass.
      let bonus =
        g > 0 && isAuthorNote(table.text(body[g - 1] as number))
          ? AUTHOR_NOTE_BONUS / model.scale
          : 0;
      if (closers.size > 0 && g > 0 && closesAbove(table, body, g, closers))
        bonus += CLOSER_BONUS / model.scale;
      if (g > 0 && storyClosesAbove(table, body, g)) bonus += CLOSE_BONUS / model.scale;
      if (
        PRONOUNS_ON &&
        g > 0 &&
        (PR_ALL || !(context.readsBriefsGaps || context.readsShortStoryGaps))
      )
        bonus += pronounBonus(table, body, g, articleStart) / model.scale;
      scores[g] =
        decoderGapScore(context, table, body, g, floor - bonus, articleStart, key) + bonus;
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

// Trial knobs (issue #13, headless recall), read from the environment for the trial only.
const PR_B = Number(process.env.PR_B ?? 0);
const PR_N = Number(process.env.PR_N ?? 0);
const PR_R = Number(process.env.PR_R ?? 0);
const PR_W = Number(process.env.PR_W ?? 0);
const PR_S = Number(process.env.PR_S ?? 0);
const PR_P = Number(process.env.PR_P ?? 0);
const PR_ALL = process.env.PR_ALL === "1";
const PRONOUNS_ON =
  PR_B !== 0 || PR_N !== 0 || PR_R !== 0 || PR_W !== 0 || PR_S !== 0 || PR_P !== 0;
const PRONOUN_LEFT = 8;
const PRONOUN_RIGHT = 3;
const PERSON_GROUPS = [0, 1, 2];
const ALL_GROUPS = [0, 1, 2, 3, 4, 5, 6];
interface PronounParagraph {
  counts: Float64Array;
  nameFirst: boolean;
  pronounBeforeName: boolean;
}
const pronounParagraphs = new WeakMap<FeatureTable, (PronounParagraph | undefined)[]>();

/**
 * Calibrated log-odds added at a gap by how the would-be lede refers to people and how the
 * pronouns for people move across the gap (corpus/pronoun-cues.ts): PR_B, PR_N where the lede's
 * first sentence names someone before any pronoun for people, PR_R times its rate of such
 * pronouns (ten a hundred words and up read 1), PR_W times the cosine distance of the he / she /
 * they profiles of the story above (PRONOUN_LEFT paragraphs back, none before the article's
 * start) and PRONOUN_RIGHT paragraphs from the gap, where each side uses three or more; PR_S
 * times the distance of the profiles of every pronoun group (the first and second person, "it");
 * PR_P where the lede's first sentence leans on a pronoun for people before naming anyone.
 */
function pronounBonus(
  table: FeatureTable,
  body: readonly number[],
  g: number,
  articleStart: number,
): number {
  let kept = pronounParagraphs.get(table);
  if (kept === undefined) {
    kept = [];
    pronounParagraphs.set(table, kept);
  }
  const cache = kept;
  const of = (k: number): PronounParagraph => {
    const p = body[k] as number;
    let c = cache[p];
    if (c === undefined) {
      const text = table.text(p);
      const opening = openingReference(text);
      c = {
        counts: pronounCounts(text),
        nameFirst: opening.nameFirst,
        pronounBeforeName: opening.pronounBeforeName,
      };
      cache[p] = c;
    }
    return c;
  };
  const sum = (from: number, to: number) => {
    const out = new Float64Array(8);
    for (let k = from; k < to; k++) {
      const c = of(k).counts;
      for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) + (c[i] as number);
    }
    return out;
  };
  const persons = (c: Float64Array) => (c[0] as number) + (c[1] as number) + (c[2] as number);
  const left = sum(Math.max(articleStart, g - PRONOUN_LEFT), g);
  const right = sum(g, Math.min(body.length, g + PRONOUN_RIGHT));
  const shift =
    persons(left) >= 3 && persons(right) >= 3 ? profileDistance(left, right, PERSON_GROUPS) : 0;
  const lede = of(g);
  const words = lede.counts[7] as number;
  const rate = words > 0 ? Math.min(1, (10 * persons(lede.counts)) / words) : 0;
  const all = PR_S === 0 ? 0 : profileDistance(left, right, ALL_GROUPS);
  return (
    PR_B +
    (lede.nameFirst ? PR_N : 0) +
    (lede.pronounBeforeName ? PR_P : 0) +
    PR_R * rate +
    PR_W * shift +
    PR_S * all
  );
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
