/**
 * A line ends a sentence: a stop, then only closing quotes or brackets, and not an initial's
 * stop ("Donald J." / "Trump (@...)", "Ritchie B." / "Tongo/EPA"). Read from the line's end:
 * the regex it replaces (/(?<!(?:^|[\s.(])\p{Lu})[.!?]["”’')\]]*$/u) searched for a stop from
 * the line's start, 0.7% of a parse's generated instructions.
 */
export function lineEndsSentence(line: string): boolean {
  let stop = line.length - 1;
  while (stop >= 0 && isCloser(line.charCodeAt(stop))) stop--;
  if (stop < 0) return false;
  const c = line.charCodeAt(stop);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  return !isInitial(line, stop);
}

// A closing quote or bracket: " ” ’ ' ) ].
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d;
}

const UPPER_CASE = /^\p{Lu}$/u;
const BEFORE_INITIAL = /^[\s.(]$/;

/** A capital letter stands alone before the stop at `stop`: at the start or after a space, stop or bracket. */
function isInitial(line: string, stop: number): boolean {
  if (stop === 0) return false;
  // The character before the stop, a surrogate pair's two units read as one.
  let start = stop - 1;
  const last = line.charCodeAt(start);
  if (last >= 0xdc00 && last <= 0xdfff && start > 0) {
    const high = line.charCodeAt(start - 1);
    if (high >= 0xd800 && high <= 0xdbff) start--;
  }
  const letter = line.slice(start, stop);
  const upper = last < 128 ? last >= 65 && last <= 90 : UPPER_CASE.test(letter);
  if (!upper) return false;
  return start === 0 || BEFORE_INITIAL.test(line[start - 1] as string);
}
