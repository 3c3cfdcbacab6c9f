import { codeUnitsOf } from "./code-units.js";

/**
 * Word scanning by character codes: a Unicode-property regex runs at about 40 MB/s here, this
 * at several times that, and every article's every word passes through it.
 */

// Classes of each UTF-16 code, worked out on first sight: a typed array, not a Map, because
// this is asked for every character of a dump.
const KNOWN = 1;
const WORD = 2;
const UPPER = 4;
// Apostrophes, full stops and hyphens: they join word parts (U.S., well-known, Russia’s).
const JOINER = 8;
const classes = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const digit = c >= 48 && c <= 57;
  const upper = c >= 65 && c <= 90;
  const lower = c >= 97 && c <= 122;
  classes[c] = KNOWN | (digit || upper || lower ? WORD : 0) | (upper ? UPPER : 0);
}
for (const joiner of [39, 0x2019, 46, 45])
  classes[joiner] = (classes[joiner] as number) | KNOWN | JOINER;

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

/** a-z: settles most characters of prose before any table or regex is asked. */
export function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** A-Z. */
export function isAsciiCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * A letter, combining mark or digit. a-z, most characters of prose, are settled by a range test
 * before the class table, whose read costs several checks in optimized code (docs/tried.md,
 * "Twelfth pass").
 */
export function isWordChar(code: number): boolean {
  if (code >= 97 && code <= 122) return true;
  const known = classes[code] as number;
  return ((known === 0 ? classify(code) : known) & WORD) !== 0;
}

/** An upper-case letter (Unicode category Lu). */
export function isUpperCase(code: number): boolean {
  const known = classes[code] as number;
  return ((known === 0 ? classify(code) : known) & UPPER) !== 0;
}

/** Characters that join word parts: apostrophes, full stops (U.S.), hyphens. */
export function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45;
}

/** A word character or a joiner: what a word runs on over. One table read for both (a-z none). */
export function continuesWord(code: number): boolean {
  if (code >= 97 && code <= 122) return true;
  const known = classes[code] as number;
  return ((known === 0 ? classify(code) : known) & (WORD | JOINER)) !== 0;
}

/** Index just past the word that starts at `start` (a word character). */
export function wordEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && continuesWord(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Counts words: "U.S.", "well-known" and "Russia’s" are one word each. Reads the code units
 * (code-units.ts): most of a dump's paragraphs are counted here.
 */
export function countWords(text: string): number {
  return countWordUnits(codeUnitsOf(text), text.length, 0);
}

/**
 * countWords of the code units `units[from..length)`, where `from` is 0 or just past a word:
 * a pass that already found a text's first words counts the rest without copying it again.
 */
export function countWordUnits(units: Uint16Array, length: number, from: number): number {
  let n = 0;
  let i = from;
  while (i < length) {
    const c = units[i] as number;
    // The space after a word is stepped over with it: a space starts no word.
    if (isWordChar(c)) {
      n++;
      i++;
      for (; i < length; i++) {
        const d = units[i] as number;
        if (!continuesWord(d)) break;
      }
      if (i < length && units[i] === 32) i++;
    } else {
      i++;
    }
  }
  return n;
}

/**
 * A 30-bit hash of text[start..end), used as a term id: names and words are compared as
 * numbers, never built as strings. 30 bits keep ids small integers, which V8 stores and
 * compares without boxing; terms are only compared within a window of a few dozen paragraphs,
 * where a term takes another's id about once in a million lookups.
 */
export function termId(text: string, start = 0, end = text.length): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    hash = Math.imul(hash ^ c, FNV_PRIME);
  }
  return finish(hash);
}

/** termId of the code units units[start..end) (codeUnitsOf): the same id as of the text. */
export function unitsTermId(units: Uint16Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (units[i] as number), FNV_PRIME);
  return finish(hash);
}

/**
 * The hash termId starts from, for a pass that hashes a word's code units on its way (termIdOf):
 * FNV-1a's offset basis as a signed 32-bit integer. Every use reads it through `^` or Math.imul,
 * which take it as that integer either way; written as 0x811c9dc5 it is above 2^31, a double, and
 * a hash variable that starts there and goes on as Math.imul's int32 is a double in optimized code.
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;

/** The multiplier termId's hash takes each code unit with (FNV-1a's 32-bit prime). */
export const FNV_PRIME = 0x01000193;

/** The term id of a word whose code units were hashed as unitsTermId hashes them. */
export function termIdOf(hash: number): number {
  return finish(hash);
}

// FNV-1a's low bits mix poorly: fold the high half in before keeping 30 bits.
function finish(hash: number): number {
  const mixed = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return (mixed ^ (mixed >>> 13)) >>> 2;
}

/**
 * termId of text[start..end) lower-cased, for ASCII text; -1 if it holds anything else, whose
 * case mapping only String.prototype.toLowerCase knows.
 */
export function asciiLowerTermId(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    hash = Math.imul(hash ^ c, FNV_PRIME);
  }
  return finish(hash);
}

/**
 * The stem of text[start..end) as a number: its first six letters, lower-cased, in base 27.
 * Packing spares a string and a map lookup for each of the millions of words in a large dump.
 * Returns -1 when a letter is not a-z (accents and other scripts are hashed instead).
 */
export function stemId(text: string, start: number, end: number): number {
  let id = 0;
  const stop = Math.min(end, start + 6);
  for (let i = start; i < stop; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c < 97 || c > 122) return -1;
    id = id * 27 + (c - 96);
  }
  return id;
}

/**
 * Reads a text's words one at a time: where each ends (as wordEnd), where its stem ends, and
 * its stemId, packed on the way from its first letters instead of read again. Reads the text's
 * code units (codeUnitsOf), not the string: every word of a dump passes through here.
 */
export class WordReader {
  /** Just past the word. */
  end = 0;
  /** Just past the word without its possessive and trailing joiners: "Russia’s" -> "Russia". */
  stop = 0;
  /** stemId of text[start..stop). */
  stem = -1;

  /** Reads the word that starts at `start` (a word character) of a text of `length` units. */
  read(units: Uint16Array, length: number, start: number): void {
    // Its leading a-z letters, up to six, lower-cased and packed as stemId packs them; for
    // anything below 128, c | 32 is a-z only for a letter of either case.
    let i = start;
    let packed = 0;
    while (i < length && i - start < 6) {
      const lower = (units[i] as number) | 32;
      if (lower < 97 || lower > 122) break;
      packed = packed * 27 + (lower - 96);
      i++;
    }
    const letters = i - start;
    while (i < length && continuesWord(units[i] as number)) i++;
    this.end = i;
    // "Russia’s" -> "Russia", "U.S." -> "U.S": no possessive, no trailing joiners.
    let stop = i;
    const last = units[stop - 1] as number;
    if ((last === 115 || last === 83) && stop - start > 2) {
      const apostrophe = units[stop - 2] as number;
      if (apostrophe === 39 || apostrophe === 0x2019) stop -= 2;
    }
    while (stop > start && isJoiner(units[stop - 1] as number)) stop--;
    this.stop = stop;
    // Possessives and joiners are not letters, so the stripping never cuts into the leading
    // letters: they are the whole stem (letters == min(6, stop - start)) or fall short of it.
    this.stem = letters < Math.min(6, stop - start) ? -1 : packed;
  }
}
