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
const WINDOW = 12;

/**
 * Groups cleaned lines into paragraphs. A line is joined to the next only where the dump is
 * hard-wrapped: nearby lines all fit a column width, and this line is "full", that is, the next
 * line's first word would not have fitted after it. That is the rule greedy wrappers follow, so
 * a short line (a headline, a byline, a paragraph's last line) always ends its paragraph.
 */
export function groupParagraphs(lines: readonly string[]): Paragraph[] {
  const lengths = lines.map((line) => line.trim().length);
  const widths = localWrapWidths(lengths);
  const paragraphs: Paragraph[] = [];
  let blank = 0;
  let current: { parts: string[]; startLine: number; endLine: number; blank: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as string).trim();
    if (text.length === 0) {
      blank++;
      if (current) paragraphs.push(close(current));
      current = null;
      continue;
    }
    if (current) {
      current.parts.push(text);
      current.endLine = i + 1;
    } else {
      current = { parts: [text], startLine: i + 1, endLine: i + 1, blank };
      blank = 0;
    }
    if (!continuesOnNextLine(lines, lengths, widths, i)) {
      paragraphs.push(close(current));
      current = null;
    }
  }
  if (current) paragraphs.push(close(current));
  return paragraphs;
}

function close(p: {
  parts: string[];
  startLine: number;
  endLine: number;
  blank: number;
}): Paragraph {
  const pieces: string[] = [p.parts[0] as string];
  for (let k = 1; k < p.parts.length; k++) {
    const next = p.parts[k] as string;
    // Wrappers break after hyphens too ("well-" / "known"): rejoin those without a space.
    const hyphenated = /\p{L}-$/u.test(p.parts[k - 1] as string) && /^\p{Ll}/u.test(next);
    pieces.push(hyphenated ? next : ` ${next}`);
  }
  // One flat string, not a rope of concatenations that every later regex would flatten again.
  const text = pieces.length === 1 ? (pieces[0] as string) : pieces.join("");
  return { text, startLine: p.startLine, endLine: p.endLine, blankLinesBefore: p.blank };
}

function continuesOnNextLine(
  lines: readonly string[],
  lengths: readonly number[],
  widths: readonly number[],
  i: number,
): boolean {
  const width = widths[i] as number;
  const next = lines[i + 1];
  if (width === 0 || next === undefined) return false;
  const nextTrimmed = next.trim();
  if (nextTrimmed.length === 0) return false;
  // A first-line indent opens a new paragraph.
  if (leadingSpaces(next) > leadingSpaces(lines[i] as string) + 1) return false;
  const firstWord = nextTrimmed.split(" ", 1)[0] as string;
  return (lengths[i] as number) + 1 + firstWord.length > width - 2;
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (n < line.length && line.charCodeAt(n) === 32) n++;
  return n;
}

/**
 * For each line, the wrap width of its neighbourhood, or 0 where the text is not hard-wrapped:
 * a wrapped stretch has no line past MAX_WRAP_WIDTH and most of its lines close to the widest.
 */
function localWrapWidths(lengths: readonly number[]): number[] {
  const widths = new Array<number>(lengths.length).fill(0);
  for (let i = 0; i < lengths.length; i++) {
    if (lengths[i] === 0) continue;
    let max = 0;
    let nonBlank = 0;
    let tooLong = 0;
    const from = Math.max(0, i - WINDOW);
    const to = Math.min(lengths.length - 1, i + WINDOW);
    for (let k = from; k <= to; k++) {
      const n = lengths[k] as number;
      if (n === 0) continue;
      nonBlank++;
      if (n > MAX_WRAP_WIDTH) tooLong++;
      else if (n > max) max = n;
    }
    if (max < 30 || tooLong * 10 > nonBlank) continue;
    let nearFull = 0;
    for (let k = from; k <= to; k++) {
      const n = lengths[k] as number;
      if (n > 0 && n >= max - 15 && n <= max) nearFull++;
    }
    if (nearFull * 2 >= nonBlank && nearFull >= 3) widths[i] = max;
  }
  return widths;
}
