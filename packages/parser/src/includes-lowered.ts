/**
 * `text.toLowerCase().includes(needle)` for one needle and many texts, without making the
 * lower-cased copies: pull quotes compare each quote with the paragraphs around it, and those
 * copies were an eighth of all a parse allocated.
 *
 * Horspool's search over the text's characters lower-cased one at a time (a table), which
 * skips most of them. Lower-casing a UTF-16 unit alone is what the copy holds but for a few
 * (see lowerOf): those never compare equal, and a needle that could match what they become
 * is searched for in the copy.
 */
export class LowerCasedSearch {
  private needle = "";
  // Horspool's shifts, by the low byte of a lower-cased character: the least of the shifts of
  // the characters that share it, which only ever shifts less than each would.
  private readonly shifts = new Uint16Array(256);
  private inCopy = false;

  /** Looks for `needle` (lower case) from now on. */
  look(needle: string): this {
    this.needle = needle;
    const last = needle.length - 1;
    this.inCopy = needle.length === 0 || needle.length > 0xffff || MATCHES_UNEVEN.test(needle);
    // A needle ending in "i" may end on the "i" of a lower-cased "İ" ("i" + U+0307).
    if (needle.charCodeAt(last) === 105) this.inCopy = true;
    this.shifts.fill(needle.length);
    for (let j = 0; j < last; j++) this.shifts[needle.charCodeAt(j) & 0xff] = last - j;
    return this;
  }

  /** Whether `text` lower-cased holds the needle. */
  foundIn(text: string): boolean {
    const { needle, shifts } = this;
    if (this.inCopy) return text.toLowerCase().includes(needle);
    const last = needle.length - 1;
    const end = needle.charCodeAt(last);
    // Past a few times the text's length in comparisons (a text of repeats), the native search
    // is the linear one.
    let budget = 4 * text.length + 256;
    for (let at = last; at < text.length; ) {
      const c = lowerOf(text.charCodeAt(at));
      if (c === end) {
        const start = at - last;
        let j = last - 1;
        while (j >= 0 && lowerOf(text.charCodeAt(start + j)) === needle.charCodeAt(j)) j--;
        if (j < 0) return true;
        budget -= last - j;
        if (budget < 0) return text.toLowerCase().includes(needle);
      }
      at += shifts[c & 0xff] as number;
    }
    return false;
  }
}

// What a needle may hold of the uneven characters' lower case: final and other sigma (from
// "Σ", by its neighbours), U+0307 (from "İ", with an "i"), surrogates (pairs lower-case as
// pairs).
const MATCHES_UNEVEN = /[\u03c2\u03c3\ud800-\udfff]|\u0307/;

// Each UTF-16 unit's lower case, worked out on first sight; UNEVEN for "İ" (two units), "Σ"
// (by its neighbours) and surrogates (by pairs).
const UNKNOWN = -1;
const UNEVEN = -2;
const LOWER = new Int32Array(0x10000).fill(UNKNOWN);
for (let c = 0; c < 128; c++) LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;

function lowerOf(code: number): number {
  let known = LOWER[code] as number;
  if (known === UNKNOWN) {
    const lowered = String.fromCharCode(code).toLowerCase();
    const uneven = code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff) || lowered.length !== 1;
    known = uneven ? UNEVEN : lowered.charCodeAt(0);
    LOWER[code] = known;
  }
  return known;
}
