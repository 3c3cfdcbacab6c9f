import { lineEndsSentence } from "./line-stop.js";

/** A paragraph of a text dump: one line, or hard-wrapped lines joined back together. */
export interface Paragraph {
  text: string;
  /** 1-based, inclusive lines of the input. */
  startLine: number;
  endLine: number;
  /** Blank lines between this paragraph and the previous one. */
  blankLinesBefore: number;
}

// Lines longer than this are never the product of a hard wrap.
const MAX_WRAP_WIDTH = 110;
// Dumps are wrapped at 60-80 columns (mail, terminals); a narrower "width" is a list of short
// lines, such as the headlines of links to other stories, which must stay lines.
const MIN_WRAP_WIDTH = 56;
const WINDOW = 12;
// Fewer lines than this between long ones are headlines, bylines and short paragraphs.
const MIN_WRAPPED_LINES = 6;
// Lines of another layout that may sit in a wrapped stretch's window: an article's last
// one-line paragraph, a headline, a byline.
const MAX_OUTLIERS = 2;

/**
 * Groups cleaned lines into paragraphs; `firstLine` is the line number of lines[0]. A line is joined to the next only where the dump is
 * hard-wrapped: nearby lines all fit a column width, and this line is "full", that is, the next
 * line's first word would not have fitted after it. That is the rule greedy wrappers follow, so
 * a short line (a headline, a byline, a paragraph's last line) always ends its paragraph.
 */
export function groupParagraphs(lines: readonly string[], firstLine = 1): Paragraph[] {
  const trimmed = lines.map((line) => line.trim());
  // Typed arrays: a piece's thousands of lengths and widths without an element each.
  const lengths = new Int32Array(trimmed.length);
  for (let i = 0; i < trimmed.length; i++) lengths[i] = (trimmed[i] as string).length;
  const widths = localWrapWidths(lengths);
  const paragraphs: Paragraph[] = [];
  let blank = 0;
  // The open paragraph's first line, or -1 between paragraphs.
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    if ((lengths[i] as number) === 0) {
      blank++;
      continue;
    }
    if (first < 0) first = i;
    if (!continuesOnNextLine(lines, trimmed, widths, i)) {
      paragraphs.push({
        text: joinWrapped(trimmed, first, i),
        startLine: first + firstLine,
        endLine: i + firstLine,
        blankLinesBefore: blank,
      });
      blank = 0;
      first = -1;
    }
  }
  return paragraphs;
}

/**
 * Lines first..last as one paragraph: one flat string, not a rope of concatenations that
 * every later regex would flatten again.
 */
function joinWrapped(lines: readonly string[], first: number, last: number): string {
  if (first === last) return lines[first] as string;
  const pieces = lines.slice(first, last + 1);
  let hyphenated = false;
  for (let k = 0; k < pieces.length - 1; k++)
    if (endsWithHyphen(pieces[k] as string)) hyphenated = true;
  if (!hyphenated) return pieces.join(" ");
  for (let k = 1; k < pieces.length; k++) {
    const before = pieces[k - 1] as string;
    // Wrappers break after hyphens too ("well-" / "known"): rejoin those without a space.
    const rejoin =
      endsWithHyphen(before) && /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(pieces[k] as string);
    if (!rejoin) pieces[k] = ` ${pieces[k]}`;
  }
  return pieces.join("");
}

function endsWithHyphen(line: string): boolean {
  return line.charCodeAt(line.length - 1) === 45;
}

function continuesOnNextLine(
  lines: readonly string[],
  trimmed: readonly string[],
  widths: Int32Array,
  i: number,
): boolean {
  const width = widths[i] as number;
  const next = lines[i + 1];
  const nextTrimmed = trimmed[i + 1];
  if (width === 0 || next === undefined || nextTrimmed === undefined) return false;
  if (nextTrimmed.length === 0) return false;
  // A first-line indent opens a new paragraph.
  if (leadingSpaces(next) > leadingSpaces(lines[i] as string) + 1) return false;
  const space = nextTrimmed.indexOf(" ");
  const firstWordLength = space < 0 ? nextTrimmed.length : space;
  if ((trimmed[i] as string).length + 1 + firstWordLength <= width - 2) return false;
  // A full line that ends a sentence, over a line that ends its paragraph without one: that
  // line is the next article's headline (or a byline), not the tail of this paragraph.
  return !(
    lineEndsSentence(trimmed[i] as string) &&
    !continuesOnNextLine(lines, trimmed, widths, i + 1) &&
    isUnstoppedLine(nextTrimmed)
  );
}

// A line that opens with a capital and ends with neither a stop nor any other mark a
// paragraph may end on (a colon before a list, a closing quote, a dash cutting speech off).
const UNSTOPPED_LINE = /^[\p{Lu}\p{N}].*[\p{L}\p{N}%]$/u;

function isUnstoppedLine(line: string): boolean {
  return UNSTOPPED_LINE.test(line);
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (n < line.length && line.charCodeAt(n) === 32) n++;
  return n;
}

/**
 * For each line, the wrap width of its neighbourhood, or 0 where the text is not hard-wrapped.
 * The neighbourhood stops at lines too long to be wrapped, so a wrapped article pasted after
 * unwrapped ones is judged on its own lines; within it, most lines are close to the widest.
 */
function localWrapWidths(lengths: Int32Array): Int32Array {
  const n = lengths.length;
  const widths = new Int32Array(n);
  // The nearest too-long line at or before / after each line.
  const longBefore = new Int32Array(n);
  const longAfter = new Int32Array(n);
  for (let i = 0, last = -1; i < n; i++) {
    if ((lengths[i] as number) > MAX_WRAP_WIDTH) last = i;
    longBefore[i] = last;
  }
  for (let i = n - 1, next = n; i >= 0; i--) {
    if ((lengths[i] as number) > MAX_WRAP_WIDTH) next = i;
    longAfter[i] = next;
  }
  for (let i = 0; i < n; i++) {
    const length = lengths[i] as number;
    if (length === 0 || length > MAX_WRAP_WIDTH) continue;
    const from = Math.max(0, i - WINDOW, (longBefore[i] as number) + 1);
    const to = Math.min(n - 1, i + WINDOW, (longAfter[i] as number) - 1);
    widths[i] = wrapWidth(lengths, from, to);
  }
  return widths;
}

/**
 * The column width lines from..to were wrapped at, or 0: the widest width most of them come
 * close to, allowing for a few longer lines of another layout beside them.
 */
function wrapWidth(lengths: Int32Array, from: number, to: number): number {
  // The first width tried is the widest line's, found in the same pass as the count; that pass
  // also tries the widest of the window before (a window that slides by a line mostly keeps its
  // widest), so where it is the same no second pass reads the lines.
  const guess = lastWidest;
  let nonBlank = 0;
  let widest = 0;
  let nearFull = 0;
  let within = 0;
  for (let k = from; k <= to; k++) {
    const m = lengths[k] as number;
    if (m === 0) continue;
    nonBlank++;
    if (m > widest) widest = m;
    if (m > guess) continue;
    if (m >= guess - 15) nearFull++;
    else if (isOverBlank(lengths, k)) continue;
    within++;
  }
  lastWidest = widest;
  if (nonBlank < MIN_WRAPPED_LINES) return 0;
  let ceiling = Number.POSITIVE_INFINITY;
  for (let outliers = 0; outliers <= MAX_OUTLIERS; outliers++) {
    let width = outliers === 0 ? widest : 0;
    if (outliers > 0)
      for (let k = from; k <= to; k++) {
        const m = lengths[k] as number;
        if (m < ceiling && m > width) width = m;
      }
    if (width < MIN_WRAP_WIDTH) return 0;
    const fits =
      width === guess
        ? nearFull >= 3 && nearFull * 2 >= within
        : fitsWidth(lengths, from, to, width);
    if (fits) return width;
    ceiling = width;
  }
  return 0;
}

// The widest line of the window wrapWidth read last.
let lastWidest = 0;

/** Most of lines from..to that may tell the width come within 15 of `width`, three at least. */
function fitsWidth(lengths: Int32Array, from: number, to: number, width: number): boolean {
  let nearFull = 0;
  let within = 0;
  for (let k = from; k <= to; k++) {
    const m = lengths[k] as number;
    if (m === 0 || m > width) continue;
    if (m >= width - 15) nearFull++;
    else if (isOverBlank(lengths, k)) continue;
    within++;
  }
  return nearFull >= 3 && nearFull * 2 >= within;
}

/**
 * Line k stands over a blank line, so it ends its paragraph: short as it may be, it tells
 * nothing of the width (short paragraphs of two or three lines have as many such lines as full
 * ones).
 */
function isOverBlank(lengths: Int32Array, k: number): boolean {
  return k + 1 < lengths.length && (lengths[k + 1] as number) === 0;
}
