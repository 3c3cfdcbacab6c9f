import { CarriedFeatures, featuresCopy } from "./carried-features.js";
import { type LexicalFeatures, lexicalFeatures, NO_LEXICAL } from "./lexical-features.js";
import {
  datelineOf,
  endsWithPictureCredit,
  isBoilerplate,
  isByline,
  isContributorLine,
  isSeparator,
} from "./line-kinds.js";
import { isPageDebris } from "./page-debris.js";
import { countWords, isAsciiCapital, isAsciiLower } from "./words.js";

export type ParagraphKind = "text" | "byline" | "contributor" | "boilerplate" | "separator";

/** What the segmenter needs to know of every paragraph: cheap, and kept for the whole parse. */
export interface ParagraphFeatures {
  kind: ParagraphKind;
  /** Words, counted up front for short paragraphs only; ask FeatureTable.words for any. */
  words: number;
  /** Short, unpunctuated, capitalized: could be a headline (or a subhead). */
  headlineLike: boolean;
  dateline: string | null;
  /** Opens the way a continuation does: a quote, a pronoun, a conjunction, lower case. */
  continuationOpening: boolean;
  /** Written in capitals throughout, as section labels are. */
  allCaps: boolean;
}

/** Paragraph features for a whole dump: the cheap ones up front, the lexical ones on demand. */
export class FeatureTable {
  readonly paragraphs: ParagraphFeatures[];
  private readonly lexicalCache: (LexicalFeatures | undefined)[];
  // Each paragraph's kind and count as its text gives them, before a mark made it boilerplate,
  // and each lexical record made, kept past release() (a piece's, not a dump's): a paragraph's
  // features are the text's alone, so the next piece reuses them where it reads it again.
  private readonly ownKinds: ParagraphKind[];
  private readonly ownWords: number[];
  private readonly made: (LexicalFeatures | undefined)[];

  /**
   * `startLines`: where each paragraph starts in the dump, for reusing what `earlier` (the
   * piece before, or the dump's opening lines) found for a paragraph that starts on the same
   * line with the same text.
   */
  constructor(
    private readonly texts: readonly string[],
    private readonly startLines?: readonly number[],
    earlier?: CarriedFeatures,
  ) {
    const n = texts.length;
    this.paragraphs = new Array(n);
    this.ownKinds = new Array(n);
    this.ownWords = new Array(n);
    this.made = new Array(n);
    const before = startLines ? earlier : undefined;
    for (let i = 0, j = 0; i < n; i++) {
      const text = texts[i] as string;
      if (before && startLines) j = before.find(j, startLines[i] as number, text);
      const f = before !== undefined && j >= 0 ? before.featuresOf(j) : paragraphFeatures(text);
      this.paragraphs[i] = f;
      this.ownKinds[i] = f.kind;
      this.ownWords[i] = f.words;
      if (before !== undefined && j >= 0) this.made[i] = before.lexical[j];
      j = j < 0 ? -j - 1 : j;
    }
    this.lexicalCache = new Array(n);
  }

  /**
   * The dump's line where paragraph `i` starts (its index where the table was made without
   * lines: then it is the whole dump's).
   */
  lineOf(i: number): number {
    return this.startLines?.[i] ?? i;
  }

  /** What the paragraphs that start on `line` or later give by their texts alone. */
  carryFrom(line: number): CarriedFeatures {
    const lines = this.startLines ?? [];
    let first = 0;
    while (first < lines.length && (lines[first] as number) < line) first++;
    const features: ParagraphFeatures[] = [];
    for (let i = first; i < lines.length; i++) {
      const f = this.paragraphs[i] as ParagraphFeatures;
      features.push(featuresCopy(f, this.ownKinds[i] as ParagraphKind, this.ownWords[i] as number));
    }
    return new CarriedFeatures(
      lines.slice(first),
      this.texts.slice(first),
      features,
      this.made.slice(first),
    );
  }

  lexical(i: number): LexicalFeatures {
    let found = this.lexicalCache[i];
    if (found === undefined) {
      const kind = this.paragraphs[i]?.kind;
      found = kind === "boilerplate" || kind === "separator" ? NO_LEXICAL : this.madeFor(i);
      this.lexicalCache[i] = found;
      // Kept past release(): article building asks every paragraph's count after segmenting.
      const f = this.paragraphs[i] as ParagraphFeatures;
      if (f.words < 0) f.words = found.words;
    }
    return found;
  }

  private madeFor(i: number): LexicalFeatures {
    let found = this.made[i];
    if (found === undefined) {
      found = lexicalFeatures(this.texts[i] as string);
      this.made[i] = found;
    }
    return found;
  }

  /** The paragraph's text. */
  text(i: number): string {
    return this.texts[i] as string;
  }

  /** The paragraph's word count, counted once: on the way to its lexical features if possible. */
  words(i: number): number {
    const f = this.paragraphs[i] as ParagraphFeatures;
    if (f.words < 0) f.words = countWords(this.texts[i] as string);
    return f.words;
  }

  /** Forgets the lexical features of paragraphs from..to (inclusive); they are rebuilt if asked. */
  release(from: number, to: number): void {
    for (let i = Math.max(0, from); i <= to && i < this.lexicalCache.length; i++)
      this.lexicalCache[i] = undefined;
  }
}

const CONTINUATION_OPENERS = new RegExp(
  `^(?:${(
    "He She It They We I His Her Its Their Our But And Yet Still So Also Instead However Meanwhile Moreover That " +
    "This These Those Then Such Both Neither Nor Or Even Nevertheless Nonetheless Otherwise Thus Hence Indeed Later " +
    "Now Another Others Afterward Afterwards Previously Separately Besides Furthermore Similarly Likewise Asked"
  )
    .split(" ")
    .join("|")})(?!\\p{L})`,
  "u",
);

// Headlines and bylines are no longer than this (isHeadlineLike needs their count).
const COUNTED_UP_FRONT = 170;

/** The cheap features of a paragraph: its kind, size and shape. */
export function paragraphFeatures(text: string): ParagraphFeatures {
  const kind = paragraphKind(text);
  const prose = kind !== "boilerplate" && kind !== "separator";
  // Long paragraphs are counted later, with their lexical features, in the same pass.
  const words = !prose ? 0 : text.length <= COUNTED_UP_FRONT ? countWords(text) : -1;
  return {
    kind,
    words,
    headlineLike: kind === "text" && isHeadlineLike(text, words),
    dateline: kind === "text" ? datelineOf(text) : null,
    continuationOpening: prose && opensAsContinuation(text),
    allCaps: isAllCaps(text),
  };
}

function paragraphKind(text: string): ParagraphKind {
  if (isSeparator(text)) return "separator";
  if (isBoilerplate(text) || isPageDebris(text)) return "boilerplate";
  if (isByline(text)) return "byline";
  if (isContributorLine(text)) return "contributor";
  return "text";
}

// Regular expressions live here, not inline: a literal makes a new RegExp object each time it
// is evaluated, and these are asked of every paragraph.
const HAS_UPPER = /\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HEADLINE_OPENING = /^[\p{Lu}\p{N}"“‘'$£€¿¡]/u;
// A quote, lower case or a dash: the paragraph carries on from the one before.
const CONTINUATION_MARK = /^["“‘«]|^\p{Ll}|^[-–—•(]/u;

const TERMINAL = /[.,;:]["”’')\]]*$/;
const ENDS_WITH_ABBREVIATION = /(?:\b(?:\p{Lu}\.){2,}|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St)\.)["”’]?$/u;

function isHeadlineLike(text: string, words: number): boolean {
  if (words < 2 || words > 26 || text.length > 170) return false;
  if (TERMINAL.test(text) && !ENDS_WITH_ABBREVIATION.test(text)) return false;
  // A picture's caption with its credit: over a lede it hides where the body begins.
  return HEADLINE_OPENING.test(text) && !endsWithPictureCredit(text);
}

/** Written in capitals throughout: no lower-case letter, and at least one capital. */
function isAllCaps(text: string): boolean {
  // Prose has a lower-case letter among its first two characters: no regex needed for it.
  if (isAsciiLower(text.charCodeAt(0)) || isAsciiLower(text.charCodeAt(1))) return false;
  return HAS_UPPER.test(text) && !HAS_LOWER.test(text);
}

function opensAsContinuation(text: string): boolean {
  // A capital A-Z, the usual opening, is no continuation mark: the regex is spared. The first
  // word is then tested in place, as a match would build a string per paragraph.
  if (!isAsciiCapital(text.charCodeAt(0)) && CONTINUATION_MARK.test(text)) return true;
  return CONTINUATION_OPENERS.test(text);
}
