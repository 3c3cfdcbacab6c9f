import { type BeatLexicon, CaseRule, type LexiconEntry } from "./beat-lexicon.js";
import type { Token } from "./tokenize.js";
import type { ScoredLabel, TermEvidence } from "./types.js";
import type { Zone, ZoneKind } from "./zones.js";

/** How much a term counts by where it appears: the headline and lede say what a story is about. */
const ZONE_WEIGHT: Record<ZoneKind, number> = {
  headline: 3,
  dek: 2,
  dateline: 0,
  lede: 2,
  body: 1,
  contributor: 0,
};
/** A beat is listed beside the primary one when its evidence reaches this share of the primary's. */
const SECONDARY_SHARE = 0.4;
/** A sub-beat is listed when it carries this share of its parent's evidence. */
const SUB_BEAT_SHARE = 0.3;

/** Raw evidence per beat, with the terms behind it. */
export interface BeatTally {
  raw: Float64Array;
  terms: Map<number, Map<string, { count: number; contribution: number }>>;
}

/** Sums weighted term evidence per beat over an article's zones. */
export function tallyBeats(zones: Zone[], lexicon: BeatLexicon): BeatTally {
  const raw = new Float64Array(lexicon.beats.length);
  const terms = new Map<number, Map<string, { count: number; contribution: number }>>();
  const seen = new Map<LexiconEntry, number>();
  for (const zone of zones) {
    let zoneWeight = ZONE_WEIGHT[zone.kind];
    if (zoneWeight === 0) continue;
    // Later body paragraphs drift from the subject; the inverted pyramid puts it first.
    if (zone.kind === "body" && zone.paragraph > 4) zoneWeight = 0.8;
    const tokens = zone.tokens;
    for (let i = 0; i < tokens.length; ) {
      const match = longestMatch(tokens, i, lexicon, zone.titleCase);
      if (!match) {
        i++;
        continue;
      }
      const n = (seen.get(match) ?? 0) + 1;
      seen.set(match, n);
      // Repeats count less and less: a word used ten times is not ten times the evidence.
      const damp = zoneWeight / Math.sqrt(n);
      for (const [beat, weight] of match.weights) {
        const c = weight * damp;
        raw[beat] = (raw[beat] ?? 0) + c;
        let perBeat = terms.get(beat);
        if (!perBeat) {
          perBeat = new Map();
          terms.set(beat, perBeat);
        }
        const t = perBeat.get(match.term);
        if (t) {
          t.count++;
          t.contribution += c;
        } else perBeat.set(match.term, { count: 1, contribution: c });
      }
      i += match.words.length;
    }
  }
  return { raw, terms };
}

function longestMatch(
  tokens: Token[],
  i: number,
  lexicon: BeatLexicon,
  titleCase: boolean,
): LexiconEntry | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const max = lexicon.maxWords.get(first.lower);
  if (max === undefined) return undefined;
  let key = "";
  let best: LexiconEntry | undefined;
  for (let len = 1; len <= max && i + len <= tokens.length; len++) {
    const t = tokens[i + len - 1] as Token;
    // A phrase does not run across a comma or full stop.
    if (len > 1 && !t.joined && !t.hyphenated) break;
    key = len === 1 ? t.lower : `${key} ${t.lower}`;
    const entries = lexicon.phrases.get(key);
    if (!entries) continue;
    for (const e of entries) {
      if (caseFits(e, tokens, i, titleCase)) {
        best = e;
        break;
      }
    }
  }
  return best;
}

function caseFits(entry: LexiconEntry, tokens: Token[], i: number, titleCase: boolean): boolean {
  for (let k = 0; k < entry.caseRules.length; k++) {
    const t = tokens[i + k] as Token;
    const rule = entry.caseRules[k];
    if (rule === CaseRule.Exact) {
      if (t.raw.replace(/\./g, "") !== (entry.words[k] ?? "").toUpperCase().replace(/\./g, "")) {
        return false;
      }
    } else if (rule === CaseRule.Capitalized) {
      if (!t.cap) return false;
    } else if (t.allCaps && !titleCase && t.raw.length <= 5) {
      // "ICE" the agency is not ice, "WHO" is not who.
      return false;
    }
  }
  return true;
}

/**
 * Turns raw evidence into scored beats, best first: the primary beat, then beats whose
 * evidence reaches a share of it, each followed by its listed sub-beats.
 */
export function rankBeats(
  tally: BeatTally,
  lexicon: BeatLexicon,
  wordCount: number,
): ScoredLabel[] {
  const { raw } = tally;
  const { parents, beats } = lexicon;
  let top = -1;
  for (let b = 0; b < raw.length; b++) {
    if (parents[b] !== -1) continue;
    if (top === -1 || (raw[b] ?? 0) > (raw[top] ?? 0)) top = b;
  }
  const topRaw = top === -1 ? 0 : (raw[top] ?? 0);
  if (topRaw <= 0) {
    const fallback = lexicon.fallback;
    const beat = beats[fallback];
    return beat ? [{ id: beat.id, score: 0.05 }] : [];
  }
  // Confidence grows with evidence density: a long article needs more terms to be as sure.
  const density = topRaw / (1 + wordCount / 200);
  const confidence = 1 - Math.exp(-density / 6);
  const scoreOf = (r: number) => round3(confidence * Math.sqrt(r / topRaw));
  const out: ScoredLabel[] = [];
  const order = [...raw.keys()]
    .filter((b) => parents[b] === -1 && (raw[b] ?? 0) >= SECONDARY_SHARE * topRaw)
    .sort((a, b) => (raw[b] ?? 0) - (raw[a] ?? 0));
  for (const b of order) {
    const r = raw[b] ?? 0;
    const score = scoreOf(r);
    out.push({ id: beats[b]?.id ?? "", score });
    for (let c = 0; c < raw.length; c++) {
      if (parents[c] !== b) continue;
      const rc = raw[c] ?? 0;
      if (rc >= SUB_BEAT_SHARE * r && rc > 0) {
        out.push({ id: beats[c]?.id ?? "", score: round3(score * Math.min(1, rc / r)) });
      }
    }
  }
  // Stable: a sub-beat never outranks its parent, which is already ahead of it.
  return out.sort((a, b) => b.score - a.score);
}

/** The terms behind each beat, strongest first. */
export function beatTerms(tally: BeatTally, beat: number, limit = 12): TermEvidence[] {
  const perBeat = tally.terms.get(beat);
  if (!perBeat) return [];
  return [...perBeat.entries()]
    .map(([term, t]) => ({ term, count: t.count, contribution: round3(t.contribution) }))
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, limit);
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
