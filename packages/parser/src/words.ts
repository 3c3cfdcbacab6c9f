/**
 * Word scanning by character codes: a Unicode-property regex runs at about 40 MB/s here, this
 * at several times that, and every article's every word passes through it.
 */

// Classes of each UTF-16 code, worked out on first sight: a typed array, not a Map, because
// this is asked for every character of a dump.
const KNOWN = 1;
const WORD = 2;
const UPPER = 4;
const classes = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const digit = c >= 48 && c <= 57;
  const upper = c >= 65 && c <= 90;
  const lower = c >= 97 && c <= 122;
  classes[c] = KNOWN | (digit || upper || lower ? WORD : 0) | (upper ? UPPER : 0);
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const UPPERCASE = /\p{Lu}/u;

function classify(code: number): number {
  // Lone surrogates are neither: astral letters are not words here, as before.
  const char = code < 0xd800 || code > 0xdfff ? String.fromCharCode(code) : "";
  const known =
    KNOWN | (LETTER_OR_DIGIT.test(char) ? WORD : 0) | (UPPERCASE.test(char) ? UPPER : 0);
  classes[code] = known;
  return known;
}

/** A letter, combining mark or digit. */
export function isWordChar(code: number): boolean {
  const known = classes[code] as number;
  return ((known === 0 ? classify(code) : known) & WORD) !== 0;
}

/** An upper-case letter (Unicode category Lu). */
export function isUpperCase(code: number): boolean {
  const known = classes[code] as number;
  return ((known === 0 ? classify(code) : known) & UPPER) !== 0;
}

// Characters that join word parts: apostrophes, full stops (U.S.), hyphens.
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45;
}

/** Index just past the word that starts at `start` (a word character). */
export function wordEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isWordChar(c) || isJoiner(c)) i++;
    else break;
  }
  return i;
}

/** Counts words: "U.S.", "well-known" and "Russia’s" are one word each. */
export function countWords(text: string): number {
  let n = 0;
  let i = 0;
  while (i < text.length) {
    if (isWordChar(text.charCodeAt(i))) {
      n++;
      i = wordEnd(text, i);
    } else {
      i++;
    }
  }
  return n;
}

/**
 * A 53-bit hash of text[start..end), used as a term id: names and words are compared as
 * numbers, never built as strings. Two FNV-1a streams make a collision among a dump's terms
 * about as likely as none.
 */
export function termId(text: string, start = 0, end = text.length): number {
  let a = FNV_A;
  let b = FNV_B;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) >>> 11);
}

const FNV_A = 0x811c9dc5;
const FNV_B = 0x9747b28c;

/**
 * termId of text[start..end) lower-cased, for ASCII text; -1 if it holds anything else, whose
 * case mapping only String.prototype.toLowerCase knows.
 */
export function asciiLowerTermId(text: string, start: number, end: number): number {
  let a = FNV_A;
  let b = FNV_B;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) >>> 11);
}
