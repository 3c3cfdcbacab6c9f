import type { FeatureTable, LexicalFeatures, ParagraphFeatures } from "./text-features.js";

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
  /** Share of the next paragraphs that return to names this one brought in: a lede's cast recurs. */
  newCastRecurs: number;
  /** Its first sentence adds to what came before ("also", "too", "again"). */
  additive: number;
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
  "newCastRecurs",
  "additive",
] as const satisfies readonly (keyof GapFeatures)[];

/** The features of the would-be lede alone, which need no context. */
export const LEDE_FEATURE_NAMES = [
  "continuationOpening",
  "titledReference",
  "fullName",
  "short",
  "dayAnchor",
  "additive",
] as const satisfies readonly (keyof GapFeatures)[];

export function ledeFeatures(
  lede: ParagraphFeatures,
  lexical: LexicalFeatures,
): Pick<GapFeatures, (typeof LEDE_FEATURE_NAMES)[number]> {
  return {
    continuationOpening: lede.continuationOpening ? 1 : 0,
    titledReference: lexical.titledRefs.length > 0 ? 1 : 0,
    fullName: lexical.hasFullName ? 1 : 0,
    short: lede.words < 12 ? 1 : 0,
    dayAnchor: lexical.dayAnchor ? 1 : 0,
    additive: lexical.additive ? 1 : 0,
  };
}

/** Paragraphs on each side that a gap is judged by. */
export const RIGHT_WINDOW = 4;
const LEFT_WINDOW = 25;
const RECENT_WINDOW = 8;

/** Term counts over a run of paragraphs, kept up to date as the run slides. */
class TermWindow {
  private readonly counts = new Map<number, number>();
  private firstTerms = new Set<number>();

  constructor(private readonly terms: (f: LexicalFeatures) => readonly number[]) {}

  clear(): void {
    this.counts.clear();
    this.firstTerms = new Set();
  }

  add(f: LexicalFeatures): void {
    for (const t of this.terms(f)) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
  }

  remove(f: LexicalFeatures): void {
    for (const t of this.terms(f)) {
      const n = (this.counts.get(t) ?? 0) - 1;
      if (n > 0) this.counts.set(t, n);
      else this.counts.delete(t);
    }
  }

  setFirst(f: LexicalFeatures | undefined): void {
    this.firstTerms = new Set(f ? this.terms(f) : []);
  }

  get empty(): boolean {
    return this.counts.size === 0;
  }

  has(t: number): boolean {
    return this.counts.has(t);
  }

  /** The run's core: what it used at least twice, or in its first paragraph. */
  isCore(t: number): boolean {
    return (this.counts.get(t) ?? 0) >= 2 || this.firstTerms.has(t);
  }
}

/**
 * What the paragraphs before a gap, back to the start of the current article, have said.
 * Moving one gap to the right updates it by one paragraph in and one out, so scanning a long
 * stretch costs the same per gap however long the windows are.
 */
export class LeftContext {
  readonly keys = new TermWindow((f) => f.keys);
  readonly surnames = new TermWindow((f) => f.surnames);
  readonly stems = new TermWindow((f) => f.stems);
  private segmentStart = -1;
  private g = -1;

  constructor(
    private readonly table: FeatureTable,
    private readonly body: readonly number[],
  ) {}

  private at(k: number): LexicalFeatures {
    return this.table.lexical(this.body[k] as number);
  }

  /** Positions the windows on the gap before body[g], in the article begun at body[segmentStart]. */
  moveTo(segmentStart: number, g: number): void {
    if (segmentStart === this.segmentStart && g === this.g + 1) {
      this.slide(this.keys, g, LEFT_WINDOW);
      this.slide(this.surnames, g, LEFT_WINDOW);
      this.slide(this.stems, g, RECENT_WINDOW);
    } else {
      for (const [window, size] of [
        [this.keys, LEFT_WINDOW],
        [this.surnames, LEFT_WINDOW],
        [this.stems, RECENT_WINDOW],
      ] as const) {
        window.clear();
        const from = Math.max(segmentStart, g - size);
        for (let k = from; k < g; k++) window.add(this.at(k));
        window.setFirst(from < g ? this.at(from) : undefined);
      }
    }
    this.segmentStart = segmentStart;
    this.g = g;
  }

  private slide(window: TermWindow, g: number, size: number): void {
    window.add(this.at(g - 1));
    const leaving = g - 1 - size;
    if (leaving >= this.segmentStart) window.remove(this.at(leaving));
    window.setFirst(this.at(Math.max(this.segmentStart, g - size)));
  }
}

/**
 * Measures the gap before body[g], where `context` holds what came before it in the current
 * article.
 */
export function gapFeatures(
  context: LeftContext,
  table: FeatureTable,
  body: readonly number[],
  g: number,
): GapFeatures {
  const lede = table.lexical(body[g] as number);
  const right: LexicalFeatures[] = [];
  for (let k = g; k < Math.min(body.length, g + RIGHT_WINDOW); k++)
    right.push(table.lexical(body[k] as number));
  let backReferences = 0;
  for (const f of right)
    for (const name of f.titledRefs) if (context.surnames.has(name)) backReferences++;
  return {
    ...ledeFeatures(table.paragraphs[body[g] as number] as ParagraphFeatures, lede),
    anaphoricOpening: lede.openingNoun !== null && context.stems.has(lede.openingNoun) ? 1 : 0,
    titledBackReferences: Math.min(backReferences, 3) / 3,
    castBreak: 1 - continuity(context.keys, right, (f) => f.keys, 1),
    vocabularyBreak: 1 - continuity(context.stems, right, (f) => f.stems, 2),
    newCastRecurs: recurrence(lede, right.slice(1), context.keys),
  };
}

function recurrence(
  lede: LexicalFeatures,
  after: readonly LexicalFeatures[],
  known: TermWindow,
): number {
  const introduced = new Set(lede.keys.filter((key) => !known.has(key)));
  if (introduced.size === 0 || after.length === 0) return 0;
  return after.filter((f) => f.keys.some((key) => introduced.has(key))).length / after.length;
}

/**
 * Share of the right-side paragraphs that go on with the left side's core: the terms it used
 * at least twice, or in its first paragraph. An article keeps returning to its main actors and
 * subject; the next article does not.
 */
function continuity(
  left: TermWindow,
  right: readonly LexicalFeatures[],
  terms: (f: LexicalFeatures) => readonly number[],
  needed: number,
): number {
  if (right.length === 0 || left.empty) return 1;
  let continuing = 0;
  for (const f of right) {
    const list = terms(f);
    let hits = 0;
    for (let i = 0; i < list.length && hits < needed; i++) {
      const t = list[i] as number;
      // Count each term once: a name mentioned twice in one paragraph is one sign.
      if (left.isCore(t) && list.indexOf(t) === i) hits++;
    }
    if (hits >= needed) continuing++;
  }
  return continuing / right.length;
}
