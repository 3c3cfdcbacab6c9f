import { INPUTS } from "./beat-combiner.js";
import { type scoreBeatModel, shownKey, strongestFeatures } from "./beat-model.js";
import type { BeatDecider } from "./decide-beats.js";
import { type LoweredTerm, wordsWithin } from "./lowered-terms.js";
import { type BeatTally, beatTerms } from "./score-beats.js";
import type { TermEvidence } from "./types.js";

/**
 * What pushed beat i up: the model's words and phrases with what each added to its logit, and
 * the lexicon's terms sharing what the lexicon's evidence added, strongest first, the first of
 * terms holding the same words kept (distinctTerms), at most `limit`.
 *
 * The candidates are kept as numbers in lists reused from call to call (evidenceTerms is
 * synchronous, never re-entered), with each term's lowercase and words made once for the data
 * (LoweredTerms): objects are made only for the terms shown. An object, a lowercase and a split
 * for every candidate were 2.2 KB an article (docs/tried.md, thirty-eighth pass).
 */
export function evidenceTerms(
  decider: BeatDecider,
  scores: ReturnType<typeof scoreBeatModel>,
  inputs: Float64Array,
  tally: BeatTally,
  i: number,
  limit: number,
): TermEvidence[] {
  const { model, combiner, loweredTerms } = decider;
  const b = decider.beats[i] ?? 0;
  const k = decider.classOfBeat.get(b) ?? -1;
  const modelWeight = combiner.weights[0] ?? 0;
  const fromLexicon = lexiconShare(decider, scores, inputs, i);
  let n = 0;
  if (k >= 0) {
    n = strongestFeatures(model, scores, k, 3 * limit, features, contributions);
    for (let c = 0; c < n; c++) {
      const f = features[c] as number;
      terms[c] = loweredTerms.known(f) ?? loweredTerms.keep(f, shownKey(model.keys[f] ?? ""));
      counts[c] = 1;
      contributions[c] = (contributions[c] as number) * modelWeight;
    }
  }
  if (fromLexicon > 0) {
    const lexTerms = beatTerms(tally, b, limit);
    const total = lexTerms.reduce((s, t) => s + t.contribution, 0);
    for (const t of lexTerms) {
      const share = (fromLexicon * t.contribution) / total;
      const term = loweredTerms.of(t.term);
      let same = 0;
      while (same < n && (terms[same] as LoweredTerm).lower !== term.lower) same++;
      if (same < n) {
        contributions[same] = (contributions[same] as number) + share;
        counts[same] = Math.max(counts[same] as number, t.count);
      } else {
        terms[n] = term;
        counts[n] = t.count;
        contributions[n] = share;
        n++;
      }
    }
  }
  strongestFirst(n);
  return distinctShown(n, limit);
}

/** What the lexicon's evidence added to beat i's combined logit: its inputs to the combiner, and its part of the model's logit. */
export function lexiconShare(
  decider: BeatDecider,
  scores: ReturnType<typeof scoreBeatModel>,
  inputs: Float64Array,
  i: number,
): number {
  const { model, combiner } = decider;
  const K = model.classes.length;
  const k = decider.classOfBeat.get(decider.beats[i] ?? 0) ?? -1;
  const at = i * INPUTS;
  let share =
    (combiner.weights[0] ?? 0) *
    (k >= 0 ? (model.lexicon[k * K + k] ?? 0) * (scores.lexicon[k] ?? 0) : (inputs[at] ?? 0));
  share += (combiner.lexicon[i] ?? 0) * (inputs[at + 1] ?? 0);
  for (let j = 1; j < INPUTS; j++) share += (combiner.weights[j] ?? 0) * (inputs[at + j] ?? 0);
  return share;
}

// evidenceTerms' candidates: each one's lowered term, count and contribution, by candidate; and
// their order, strongest first. Counted by evidenceTerms, never truncated (`length = 0` drops
// a list's storage, docs/tried.md, thirty-seventh pass).
const terms: LoweredTerm[] = [];
const counts: number[] = [];
const contributions: number[] = [];
const order: number[] = [];
// strongestFeatures' features, by candidate (their contributions go straight into `contributions`).
const features: number[] = [];
// The words of the terms kept by distinctShown.
const keptWords: (readonly string[])[] = [];

/**
 * Orders the first n candidates by contribution, strongest first, into `order`; ties keep their
 * order, as the stable `Array#sort` kept them. An insertion: there are about 16.
 */
function strongestFirst(n: number): void {
  for (let c = 0; c < n; c++) {
    const x = contributions[c] as number;
    let j = c - 1;
    for (; j >= 0 && (contributions[order[j] as number] as number) < x; j--) {
      order[j + 1] = order[j] as number;
    }
    order[j + 1] = c;
  }
}

/**
 * The candidates in `order`, the first of those holding the same words kept ("central bank"
 * stands for "bank", as distinctTerms keeps them), at most `limit`, as TermEvidence with their
 * contributions rounded.
 */
function distinctShown(n: number, limit: number): TermEvidence[] {
  const shown: TermEvidence[] = [];
  let kept = 0;
  for (let r = 0; r < n && kept < limit; r++) {
    const c = order[r] as number;
    const words = (terms[c] as LoweredTerm).words;
    let covered = false;
    for (let s = 0; s < kept && !covered; s++) {
      const other = keptWords[s] as readonly string[];
      covered = wordsWithin(words, other) || wordsWithin(other, words);
    }
    if (covered) continue;
    keptWords[kept++] = words;
    shown.push({
      term: (terms[c] as LoweredTerm).term,
      count: counts[c] as number,
      contribution: round3(contributions[c] as number),
    });
  }
  return shown;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
