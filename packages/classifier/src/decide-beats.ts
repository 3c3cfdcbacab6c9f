import {
  type BeatCombiner,
  type BeatCombinerData,
  combinedLogit,
  combinerInputs,
  compileCombiner,
  INPUTS,
  identityCombiner,
} from "./beat-combiner.js";
import { lexiconValue } from "./beat-features.js";
import type { BeatLexicon } from "./beat-lexicon.js";
import { type BeatMember, memberCanMove, mixMemberLogits, scoreBeatMember } from "./beat-member.js";
import { type BeatModel, distinctTerms, scoreBeatModel, softmax } from "./beat-model.js";
import { evidenceTerms } from "./evidence-terms.js";
import { LoweredTerms } from "./lowered-terms.js";
import { memberTerms } from "./member-evidence.js";
import type { BeatTally } from "./score-beats.js";
import { ScoringPool } from "./scoring-pool.js";
import type { ScoredLabel, TermEvidence } from "./types.js";
import type { Zone } from "./zones.js";

/** At most this many top-level beats are listed. */
const MAX_BEATS = 3;
/** A sub-beat is listed when it carries this share of its parent's lexicon evidence. */
const SUB_BEAT_SHARE = 0.3;
/**
 * The member may add a further beat only where the model gives it at least this probability
 * (docs/tried.md, twenty-fourth pass: 0.1 lists the label 0.4 points more often, but runs the
 * member on 36 of the bench's 84 articles, about 12% more CPU; 0.15 on 17, 2-4% more).
 */
const MEMBER_LIST_FLOOR = 0.15;
/** Words and phrases shown as the primary beat's evidence. */
const EVIDENCE_TERMS = 4;

/** The learned model joined to a taxonomy's lexicon: which lexicon beat each class is. */
export interface BeatDecider {
  model: BeatModel;
  lexicon: BeatLexicon;
  /** Top-level lexicon beats in decision order: the model's classes, then beats it lacks. */
  beats: number[];
  /** For each model class, its lexicon beat index (-1 when the taxonomy lacks it). */
  lexiconOfClass: number[];
  /** Lexicon beat index -> model class. */
  classOfBeat: Map<number, number>;
  /** What one unit of lexicon evidence adds for a beat the model lacks: its mean for its own. */
  lexiconSlope: number;
  /** How the model's logits and the lexicon's evidence make the beats' scores, by `beats`. */
  combiner: BeatCombiner;
  /** The fastText-style member that may overturn the model's top beat (beat-member.ts), if any. */
  member: BeatMember | undefined;
  /** The model's features' and the lexicon's terms lowered, made once each (evidenceTerms). */
  loweredTerms: LoweredTerms;
}

/**
 * Joins a model to a lexicon; beats of a newsroom's taxonomy the model lacks run on the lexicon.
 * Without a combiner the model's own logits decide (identityCombiner); a member, learned beside
 * that model, may overturn its top beat.
 */
export function createBeatDecider(
  model: BeatModel,
  lexicon: BeatLexicon,
  combiner: BeatCombinerData = identityCombiner(model.temperature),
  member?: BeatMember,
): BeatDecider {
  const K = model.classes.length;
  if (member !== undefined && member.classes.join() !== model.classes.join()) {
    throw new Error(
      "beat member: its beats are not the model's; learn both again with npm run train",
    );
  }
  const lexiconOfClass = model.classes.map((c) =>
    lexicon.beats.findIndex((b, i) => b.id === c && lexicon.parents[i] === -1),
  );
  const extra: number[] = [];
  lexicon.beats.forEach((_, i) => {
    if (lexicon.parents[i] === -1 && !lexiconOfClass.includes(i)) extra.push(i);
  });
  let slope = 0;
  for (let k = 0; k < K; k++) slope += model.lexicon[k * K + k] ?? 0;
  const beats = [...lexiconOfClass.filter((b) => b >= 0), ...extra];
  return {
    model,
    lexicon,
    beats,
    lexiconOfClass,
    classOfBeat: new Map(lexiconOfClass.map((b, k) => [b, k])),
    lexiconSlope: slope / K,
    combiner: compileCombiner(
      combiner,
      beats.map((b) => lexicon.beats[b]?.id ?? ""),
    ),
    member,
    loweredTerms: new LoweredTerms(model.keys.length),
  };
}

/** The beats of one article, best first, with what decided them. */
export interface BeatDecision {
  beats: ScoredLabel[];
  /** The primary beat's strongest evidence: words and phrases of the article. */
  evidence: string[];
  /** The model's first choice, when the member's wording pattern overturned it for the primary beat. */
  wordingOver: string | undefined;
  /** The top beats with their logit, probability and evidence terms, best first. */
  explained: {
    id: string;
    raw: number;
    score: number;
    terms: TermEvidence[];
    wordingOver?: string;
  }[];
}

/** What the combiner reads for an article: its inputs per beat (by `beats`) and the model's scores. */
export interface BeatInputs {
  inputs: Float64Array;
  scores: ReturnType<typeof scoreBeatModel>;
  /** Whether any beat has lexicon evidence. */
  anyLexicon: boolean;
  /** Where the member overturned the model: the model's classes it moved from and to. */
  overturned: { from: number; to: number } | undefined;
  /** The member's probabilities by the model's classes, where it was run (member.probabilities). */
  memberScores: Float64Array | undefined;
}

/**
 * Scores an article with the model and lays out the combiner's inputs for every beat. The
 * arrays are the pool's (see ScoringPool): training, which keeps them, passes none.
 */
export function beatInputs(
  decider: BeatDecider,
  zones: Zone[],
  tally: BeatTally,
  words: number,
  pool = new ScoringPool(),
): BeatInputs {
  const { model, lexiconOfClass } = decider;
  const raw = tally.raw;
  // A typed array, not Array#map's: an article whose evidence is all whole numbers (or none)
  // made an array of small integers where the others made one of doubles, and the model's
  // optimized code, built for one kind, was thrown away again and again at that read.
  const lexiconRaw = pool.lexiconRaw.zeros(lexiconOfClass.length);
  for (let k = 0; k < lexiconOfClass.length; k++) {
    const b = lexiconOfClass[k] ?? -1;
    lexiconRaw[k] = b >= 0 ? (raw[b] ?? 0) : 0;
  }
  const scores = scoreBeatModel(model, zones, lexiconRaw, words, pool);
  const member = decider.member;
  let overturned: BeatInputs["overturned"];
  let memberScores: Float64Array | undefined;
  if (member !== undefined && memberCanMove(member, scores.logits, model.temperature)) {
    const logits = scores.logits;
    let from = 0;
    for (let k = 1; k < logits.length; k++) if ((logits[k] ?? 0) > (logits[from] ?? 0)) from = k;
    memberScores = scoreBeatMember(member, zones);
    const to = mixMemberLogits(member, logits, model.temperature, memberScores);
    if (to >= 0) overturned = { from, to };
  }
  const inputs = pool.inputs.zeros(decider.beats.length * INPUTS);
  let anyLexicon = false;
  decider.beats.forEach((b, i) => {
    if ((raw[b] ?? 0) > 0) anyLexicon = true;
    const k = decider.classOfBeat.get(b);
    // Beats the model lacks take the lexicon's word, at the model's own rate for lexicon evidence.
    const modelLogit =
      k !== undefined
        ? (scores.logits[k] ?? 0)
        : decider.lexiconSlope * lexiconValue(raw[b] ?? 0, words);
    combinerInputs(modelLogit, tally, b, words, inputs, i * INPUTS);
  });
  return { inputs, scores, anyLexicon, overturned, memberScores };
}

/** The combined logits of every beat (by `beats`) from its inputs (into `logits` when given). */
export function combinedLogits(
  decider: BeatDecider,
  inputs: Float64Array,
  logits = new Float64Array(decider.beats.length),
): Float64Array {
  for (let i = 0; i < logits.length; i++) logits[i] = combinedLogit(decider.combiner, inputs, i);
  return logits;
}

/**
 * Decides an article's beats: the combiner joins the model's logits and the lexicon's evidence
 * into calibrated probabilities. The primary beat is the likeliest; another is listed when its
 * probability, or that mixed with the member's (listingScores), reaches the combiner's
 * `secondary`; sub-beats follow their parent on the lexicon's evidence.
 */
export function decideBeats(
  decider: BeatDecider,
  zones: Zone[],
  tally: BeatTally,
  words: number,
  explain: boolean,
  pool = new ScoringPool(),
): BeatDecision {
  const { lexicon, combiner } = decider;
  const raw = tally.raw;
  const { inputs, scores, anyLexicon, overturned, memberScores } = beatInputs(
    decider,
    zones,
    tally,
    words,
    pool,
  );
  if (scores.index.length === 0 && !anyLexicon) {
    const beat = lexicon.beats[lexicon.fallback];
    return {
      beats: beat ? [{ id: beat.id, score: 0.05 }] : [],
      evidence: [],
      wordingOver: undefined,
      explained: [],
    };
  }
  const logits = combinedLogits(decider, inputs, pool.logits.zeros(decider.beats.length));
  const p = softmax(logits, combiner.temperature, pool.probabilities.zeros(logits.length));
  const order = mostLikelyFirst(p);
  // Where the member overturned the model, the listing is the model's (its first answer second).
  const further =
    overturned === undefined ? listingScores(decider, zones, p, order, memberScores, pool) : p;
  const listed = listedBeats(order, further, combiner.secondary);
  const beats: ScoredLabel[] = [];
  const primary = listed[0] ?? 0;
  for (const i of listed) {
    const b = decider.beats[i] ?? 0;
    // A beat the member listed shows the score that listed it, never above the primary beat's.
    const score = round3(
      i === primary || (p[i] ?? 0) >= combiner.secondary
        ? (p[i] ?? 0)
        : Math.min(further[i] ?? 0, p[primary] ?? 0),
    );
    beats.push({ id: lexicon.beats[b]?.id ?? "", score });
    const r = raw[b] ?? 0;
    for (let c = 0; c < raw.length; c++) {
      if (lexicon.parents[c] !== b) continue;
      const rc = raw[c] ?? 0;
      if (rc > 0 && rc >= SUB_BEAT_SHARE * r) {
        beats.push({ id: lexicon.beats[c]?.id ?? "", score: round3(score * Math.min(1, rc / r)) });
      }
    }
  }
  highestFirst(beats);
  // Module functions, not closures over this call: four closures and their context were made
  // for every article, where most articles ask them once (docs/tried.md, forty-second pass).
  const first = order[0] ?? 0;
  const shown = termsOf(decider, zones, overturned, scores, inputs, tally, first, EVIDENCE_TERMS);
  const evidence: string[] = new Array(shown.length);
  for (let k = 0; k < shown.length; k++) evidence[k] = (shown[k] as TermEvidence).term;
  return {
    beats,
    evidence,
    wordingOver: wordingOf(decider, overturned, first),
    explained: explain
      ? order.slice(0, 5).map((i) => {
          const over = wordingOf(decider, overturned, i);
          return {
            id: lexicon.beats[decider.beats[i] ?? 0]?.id ?? "",
            raw: round3(logits[i] ?? 0),
            score: round3(p[i] ?? 0),
            terms: termsOf(decider, zones, overturned, scores, inputs, tally, i, 8),
            ...(over !== undefined ? { wordingOver: over } : {}),
          };
        })
      : [],
  };
}

/**
 * Orders the beats by score, highest first, ties kept in order: what the stable
 * `beats.sort((a, b) => b.score - a.score)` did, without the work list `Array#sort` allocated
 * for every article, for 1.3 beats (docs/tried.md, forty-second pass).
 */
function highestFirst(beats: ScoredLabel[]): void {
  for (let k = 1; k < beats.length; k++) {
    const x = beats[k] as ScoredLabel;
    let j = k - 1;
    for (; j >= 0 && (beats[j] as ScoredLabel).score < x.score; j--) {
      beats[j + 1] = beats[j] as ScoredLabel;
    }
    beats[j + 1] = x;
  }
}

/**
 * The beats listed, by their indices: the likeliest first, then those whose `further` score
 * reaches `secondary`, highest first (ties in `order`'s order), MAX_BEATS in all. The same list
 * as the spread of `order.slice(1).filter(...).sort(...).slice(...)` it replaces, which made five
 * arrays an article for 0.3 beats listed beside the first (docs/tried.md, forty-second pass).
 */
function listedBeats(order: number[], further: Float64Array, secondary: number): number[] {
  const listed = [order[0] ?? 0];
  for (let rank = 1; rank < order.length; rank++) {
    const i = order[rank] as number;
    const x = further[i] ?? 0;
    if (x < secondary) continue;
    let j = listed.length - 1;
    listed.push(i);
    for (; j >= 1 && (further[listed[j] as number] ?? 0) < x; j--)
      listed[j + 1] = listed[j] as number;
    listed[j + 1] = i;
  }
  if (listed.length > MAX_BEATS) listed.length = MAX_BEATS;
  return listed;
}

/**
 * Whether beat i is the one the member chose over the model: it took the logit of the model's
 * first choice, so its model words are not what put it there, the member's are.
 */
function overturnedTo(
  decider: BeatDecider,
  overturned: BeatInputs["overturned"],
  i: number,
): overturned is { from: number; to: number } {
  return (
    overturned !== undefined && decider.classOfBeat.get(decider.beats[i] ?? -1) === overturned.to
  );
}

/**
 * The evidence shown for beat i: the member's words where it overturned the model for it, else
 * the model's and the lexicon's.
 */
function termsOf(
  decider: BeatDecider,
  zones: Zone[],
  overturned: BeatInputs["overturned"],
  scores: BeatInputs["scores"],
  inputs: Float64Array,
  tally: BeatTally,
  i: number,
  limit: number,
): TermEvidence[] {
  return overturnedTo(decider, overturned, i)
    ? memberEvidence(decider, zones, overturned, limit)
    : evidenceTerms(decider, scores, inputs, tally, i, limit);
}

/** The model's first choice, for the beat the member put in its place. */
function wordingOf(
  decider: BeatDecider,
  overturned: BeatInputs["overturned"],
  i: number,
): string | undefined {
  return overturnedTo(decider, overturned, i)
    ? (decider.model.classes[overturned.from] ?? "")
    : undefined;
}

/**
 * The score that lists a beat beside the primary one (against the combiner's `secondary`): its
 * probability p, or where p falls short, p mixed with the member's q as the member's overturning
 * rule mixes them ((1 - share) p + share q), for beats the model gives at least
 * MEMBER_LIST_FLOOR. The member adds further beats, never takes away one the model lists. It is
 * run for this only where a beat could be added (a beat between the floor and `secondary`, and
 * room for it), unless it ran already; not where it overturned the model (the model's listing
 * stands there). Listed so, the label is among the listed beats for 1.8 points more of the
 * calibration outlets' articles, a shown second beat as often the label's (docs/tried.md,
 * twenty-fourth pass).
 */
function listingScores(
  decider: BeatDecider,
  zones: Zone[],
  p: Float64Array,
  order: number[],
  memberScores: Float64Array | undefined,
  pool: ScoringPool,
): Float64Array {
  const member = decider.member;
  const secondary = decider.combiner.secondary;
  if (member === undefined) return p;
  let listed = 0;
  let open = false;
  for (let rank = 1; rank < order.length; rank++) {
    const x = p[order[rank] ?? 0] ?? 0;
    if (x >= secondary) listed++;
    else {
      open = x >= MEMBER_LIST_FLOOR;
      break;
    }
  }
  if (!open || listed >= MAX_BEATS - 1) return p;
  const q = memberScores ?? scoreBeatMember(member, zones);
  const a = member.share;
  const scores = pool.listing.zeros(p.length);
  scores.set(p);
  for (let i = 0; i < scores.length; i++) {
    const k = decider.classOfBeat.get(decider.beats[i] ?? -1);
    const x = p[i] ?? 0;
    if (k === undefined || x < MEMBER_LIST_FLOOR || x >= secondary) continue;
    scores[i] = (1 - a) * x + a * (q[k] ?? 0);
  }
  return scores;
}

/**
 * What made the member choose its beat over the model's first choice: the words and phrases
 * adding most to its logit difference (member-evidence.ts), each once.
 */
function memberEvidence(
  decider: BeatDecider,
  zones: Zone[],
  overturned: { from: number; to: number },
  limit: number,
): TermEvidence[] {
  const member = decider.member;
  if (member === undefined) return [];
  const terms = memberTerms(member, zones, overturned.to, overturned.from, 3 * limit).filter(
    (t) => t.contribution > 0,
  );
  return distinctTerms(terms, limit).map((t) => ({
    term: t.term,
    count: 1,
    contribution: round3(t.contribution),
  }));
}

/**
 * The beats' indices, the most likely first; ties keep the lower index first, as the stable
 * `Array#sort` of `[...p.keys()]` did. An insertion: there are about 17 beats, and `Array#sort`
 * allocated its state and a copy of the list for every article.
 */
function mostLikelyFirst(p: Float64Array): number[] {
  const order: number[] = [];
  for (let k = 0; k < p.length; k++) {
    const x = p[k] as number;
    let j = k - 1;
    for (; j >= 0 && (p[order[j] as number] as number) < x; j--) order[j + 1] = order[j] as number;
    order[j + 1] = k;
  }
  return order;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
