import type { ParagraphFeatures } from "./text-features.js";

/**
 * The evidence, at one gap between body paragraphs, that an article without a headline starts
 * there. Each value lies in [0, 1]; `gap-weights.ts` says how much each one counts.
 */
export interface GapFeatures {
  /** The paragraph opens like a continuation: a quote, a pronoun, a conjunction. */
  continuationOpening: number;
  /** It names someone by title alone ("Mr. Rubio") before any full mention. */
  titledReference: number;
  /** It holds a multi-word proper name, as ledes introducing their cast do. */
  fullName: number;
  /** It is short (under 12 words), as ledes seldom are. */
  short: number;
  /** Its first sentence says when ("on Tuesday"), as hard-news ledes do. */
  dayAnchor: number;
  /** It opens with a definite noun ("The studio ...") the paragraphs before it just used. */
  anaphoricOpening: number;
  /** Titled mentions on the right of people introduced on the left, up to three. */
  titledBackReferences: number;
  /** Share of right-side paragraphs that never return to the left side's main names. */
  castBreak: number;
  /** Share of right-side paragraphs that never return to the left side's recent vocabulary. */
  vocabularyBreak: number;
  /** Share of the paragraph's names that the left side never used. */
  newNames: number;
  /** Share of the paragraph's words that the recent left side never used. */
  newWords: number;
  /** The paragraph before ends on a quotation, as many articles do. */
  afterClosingQuote: number;
  /** It opens with a proper name ("Israel pulled ...", "Khalil al-Hayya, ..."). */
  opensWithName: number;
  /** Share of the next paragraphs that return to names this one brought in: a lede's cast recurs. */
  newCastRecurs: number;
}

export const GAP_FEATURE_NAMES = [
  "continuationOpening",
  "titledReference",
  "fullName",
  "short",
  "dayAnchor",
  "anaphoricOpening",
  "titledBackReferences",
  "castBreak",
  "vocabularyBreak",
  "newNames",
  "newWords",
  "afterClosingQuote",
  "opensWithName",
  "newCastRecurs",
] as const satisfies readonly (keyof GapFeatures)[];

const DAY_ANCHOR =
  /\b(?:on|late|early|since|by|until|last|this) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:yesterday|today|this (?:morning|afternoon|evening|week))\b/i;
const CLOSING_QUOTE = /[.!?,]["”’]$|["”’](?: \p{Ll}+)? (?:said|says|added)[^.]{0,60}\.$/u;

/** Paragraphs on each side that a gap is judged by. */
export const RIGHT_WINDOW = 4;
const LEFT_WINDOW = 25;
const RECENT_WINDOW = 8;

/**
 * Measures the gap before body[g], where the current article began at body[segmentStart].
 * `texts` gives each body paragraph's text, `body` indexes into `features`.
 */
export function gapFeatures(
  features: readonly ParagraphFeatures[],
  previousText: string,
  body: readonly number[],
  segmentStart: number,
  g: number,
): GapFeatures {
  const at = (k: number) => features[body[k] as number] as ParagraphFeatures;
  const lede = at(g);
  const left: ParagraphFeatures[] = [];
  for (let k = Math.max(segmentStart, g - LEFT_WINDOW); k < g; k++) left.push(at(k));
  const recent = left.slice(-RECENT_WINDOW);
  const right: ParagraphFeatures[] = [];
  for (let k = g; k < Math.min(body.length, g + RIGHT_WINDOW); k++) right.push(at(k));

  const surnames = new Set<string>();
  const leftKeys = new Set<string>();
  for (const f of left) {
    for (const name of f.surnames) surnames.add(name);
    for (const key of f.keys) leftKeys.add(key);
  }
  const recentStems = new Set<string>(recent.flatMap((f) => f.stems));
  const backReferences = right.reduce(
    (n, f) => n + f.titledRefs.filter((name) => surnames.has(name)).length,
    0,
  );
  return {
    continuationOpening: lede.continuationOpening ? 1 : 0,
    titledReference: lede.titledRefs.length > 0 ? 1 : 0,
    fullName: lede.hasFullName ? 1 : 0,
    short: lede.words < 12 ? 1 : 0,
    dayAnchor: DAY_ANCHOR.test(lede.firstSentence) ? 1 : 0,
    anaphoricOpening: lede.openingNoun !== null && recentStems.has(lede.openingNoun) ? 1 : 0,
    titledBackReferences: Math.min(backReferences, 3) / 3,
    castBreak: 1 - continuity(left, right, (f) => f.keys, 1),
    vocabularyBreak: 1 - continuity(recent, right, (f) => f.stems, 2),
    newNames: share(lede.keys, (key) => !leftKeys.has(key)),
    newWords: share(lede.stems, (stem) => !recentStems.has(stem)),
    afterClosingQuote: CLOSING_QUOTE.test(previousText) ? 1 : 0,
    opensWithName: lede.opensWithName ? 1 : 0,
    newCastRecurs: recurrence(lede, right.slice(1), leftKeys),
  };
}

function recurrence(
  lede: ParagraphFeatures,
  after: readonly ParagraphFeatures[],
  known: ReadonlySet<string>,
): number {
  const introduced = new Set(lede.keys.filter((key) => !known.has(key)));
  if (introduced.size === 0 || after.length === 0) return 0;
  return after.filter((f) => f.keys.some((key) => introduced.has(key))).length / after.length;
}

function share(items: readonly string[], test: (item: string) => boolean): number {
  if (items.length === 0) return 0.5;
  let n = 0;
  for (const item of items) if (test(item)) n++;
  return n / items.length;
}

/**
 * Share of the right-side paragraphs that go on with the left side's core: the terms it used
 * at least twice, or in its first paragraph. An article keeps returning to its main actors and
 * subject; the next article does not.
 */
function continuity(
  left: readonly ParagraphFeatures[],
  right: readonly ParagraphFeatures[],
  terms: (f: ParagraphFeatures) => readonly string[],
  needed: number,
): number {
  if (right.length === 0 || left.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const f of left) for (const t of terms(f)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const core = new Set<string>(terms(left[0] as ParagraphFeatures));
  for (const [t, n] of counts) if (n >= 2) core.add(t);
  let continuing = 0;
  for (const f of right) {
    let hits = 0;
    for (const t of new Set(terms(f))) if (core.has(t)) hits++;
    if (hits >= needed) continuing++;
  }
  return continuing / right.length;
}
