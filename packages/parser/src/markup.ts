/**
 * Markdown a dump may carry from the editor it was pasted out of: a heading's hashes
 * ("## Ferry Operator Cancels Winter Crossings") and emphasis around a whole line
 * ("**By Hanna Berg**"). Left on, they hide a headline or a byline from the shape tests.
 */
export function stripMarkup(line: string): string {
  let text = line;
  // A line may carry both, in either order ("**## Title**"): strip until nothing changes.
  for (;;) {
    const c = text.charCodeAt(0);
    const stripped =
      c === HASH
        ? text.replace(HEADING, "$1")
        : c === STAR || c === UNDERSCORE
          ? unemphasize(text)
          : text;
    if (stripped === text) return text;
    text = stripped;
  }
}

/** Whether stripMarkup may change a line that opens with this character code. */
export function mayCarryMarkup(c: number): boolean {
  return c === HASH || c === STAR || c === UNDERSCORE;
}

const HASH = 35;
const STAR = 42;
const UNDERSCORE = 95;

// "# Title", "### Title ###": one to six hashes and a space, as Markdown's ATX headings.
const HEADING = /^#{1,6}\s+(\S.*?)(?:\s+#+)?\s*$/u;
// "**text**", "__text__", "*text*", "_text_" around a whole line with a letter or digit in it,
// and no other emphasis inside; "* * *" and "___" are separators, and stay.
const STAR_EMPHASIS = /^(\*\*?)(?=[^\s*])([^*]*[\p{L}\p{N}][^*]*)(?<=[^\s*])\1$/u;
const UNDERSCORE_EMPHASIS = /^(__?)(?=[^\s_])([^_]*[\p{L}\p{N}][^_]*)(?<=[^\s_])\1$/u;

function unemphasize(text: string): string {
  return text.replace(text.charCodeAt(0) === STAR ? STAR_EMPHASIS : UNDERSCORE_EMPHASIS, "$2");
}
