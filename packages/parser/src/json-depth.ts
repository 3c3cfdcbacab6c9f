/**
 * How deep a JSON dump may nest arrays and objects. Dumps nest their articles a few levels
 * (`{"response": {"docs": [{"headline": {"main": ...}}]}}`); the JSON reader and the walk over
 * its tree recurse once per level, so 100,000 levels would overflow the stack.
 */
export const MAX_JSON_DEPTH = 256;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/**
 * The offset of the first `[` or `{` that opens a level past `limit`, or -1. Brackets inside
 * strings do not count; malformed JSON is scanned as far as it goes (the reader reports it).
 */
export function tooDeepAt(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = stringEnd(text, i);
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > limit) return i;
    } else if ((c === CLOSE_BRACKET || c === CLOSE_BRACE) && depth > 0) {
      depth--;
    }
  }
  return -1;
}

/** The offset of the quote that closes the string opened at `open` (or the text's end). */
function stringEnd(text: string, open: number): number {
  for (let at = text.indexOf('"', open + 1); at >= 0; at = text.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return text.length;
}
