import { codeUnitsOf } from "./code-units.js";

/** The bits of Token.flags: what the matchers ask of a word's shape and surroundings. */
export const TokenFlag = {
  Cap: 1,
  AllCaps: 2,
  SentenceStart: 4,
  Joined: 8,
  Hyphenated: 16,
  Possessive: 32,
  Ascii: 64,
} as const;

/** Token.flags holds, from this bit up, how many code units end - rawEnd is (0 to 2). */
const TRAILING_SHIFT = 7;

/**
 * One word of a text, with what the matchers need to know about its shape and surroundings.
 * Its strings are cut from the text only when read: most words are only looked up by their
 * characters (WordIds.idOf), and slicing every word cost a tenth of the classifier's time.
 * The seven yes/no facts share one small integer (`flags`): an ~800-word article makes a
 * thousand tokens, and seven fields apiece made them half again as large to allocate and scan.
 */
export class Token {
  #lower: string | undefined;

  constructor(
    /** The text the word is in. */
    readonly text: string,
    readonly start: number,
    /** Where `raw` ends: before a trailing possessive. */
    readonly rawEnd: number,
    /** TokenFlag bits and the trailing mark's length; read them through the getters below. */
    readonly flags: number,
    /** hashString(lower) for an ASCII word (0 for others): what WordIds looks it up by. */
    readonly hash: number,
    lower: string | undefined,
  ) {
    this.#lower = lower;
  }

  /**
   * Where the word ends, its trailing ' or ’s included. Kept in `flags`, not a field of its
   * own: only the tests read it, and every field is eight bytes more for each of an article's
   * thousand tokens to allocate and collect.
   */
  get end(): number {
    return this.rawEnd + (this.flags >>> TRAILING_SHIFT);
  }

  /** First character is an uppercase letter. */
  get cap(): boolean {
    return (this.flags & TokenFlag.Cap) !== 0;
  }
  /** Two or more letters, all uppercase ("NATO", "U.S."). */
  get allCaps(): boolean {
    return (this.flags & TokenFlag.AllCaps) !== 0;
  }
  /** First word of a sentence, a paragraph or a quotation: its capital says nothing. */
  get sentenceStart(): boolean {
    return (this.flags & TokenFlag.SentenceStart) !== 0;
  }
  /** Separated from the previous token by spaces only (no punctuation). */
  get joined(): boolean {
    return (this.flags & TokenFlag.Joined) !== 0;
  }
  /** Separated from the previous token by a hyphen only. */
  get hyphenated(): boolean {
    return (this.flags & TokenFlag.Hyphenated) !== 0;
  }
  /** Ended in 's or ’s (or a bare apostrophe after s). */
  get possessive(): boolean {
    return (this.flags & TokenFlag.Possessive) !== 0;
  }
  /** Every character of `raw` is ASCII: `lower` is `raw` with A-Z lowercased. */
  get ascii(): boolean {
    return (this.flags & TokenFlag.Ascii) !== 0;
  }

  /**
   * As written, without a trailing possessive ("Russia’s" -> "Russia"). Cut anew at each read
   * (few words are read so, most once): a field to keep it in made every token larger.
   */
  get raw(): string {
    return this.text.slice(this.start, this.rawEnd);
  }

  /** Lowercase, curly apostrophes made straight. */
  get lower(): string {
    let lower = this.#lower;
    if (lower === undefined) {
      // Only ASCII words are left to here (see tokenize): their lowercase is simple.
      lower = this.raw.toLowerCase();
      this.#lower = lower;
    }
    return lower;
  }
}

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
// Hashes are cut to 30 bits: V8 keeps such integers in the object itself (a "Smi") instead of
// boxing a number for every token.
const HASH_BITS = 0x3fffffff;

/** FNV-1a over a word's UTF-16 code units: the hash tokens carry and WordIds files words by. */
export function hashString(word: string): number {
  let hash = HASH_SEED;
  for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), HASH_PRIME);
  return hash & HASH_BITS;
}

const UPPER = /\p{Lu}/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
// A gap holding one of these ends a sentence (or opens a quotation): . ! ? : ; " ( newline,
// and the opening curly quotes “ ‘ (checked apart: they are beyond ASCII).
const ASCII_BREAK = new Uint8Array(128);
for (const ch of [46, 33, 63, 58, 59, 34, 40, 10]) ASCII_BREAK[ch] = 1;
// 1 for ASCII letters and digits.
const ASCII_WORD = new Uint8Array(128);
for (let ch = 0; ch < 128; ch++) {
  const word = (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
  ASCII_WORD[ch] = word ? 1 : 0;
}
// Abbreviations whose dot does not end the sentence.
const NO_BREAK_AFTER = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "gen",
  "sen",
  "rep",
  "gov",
  "lt",
  "col",
  "sgt",
  "capt",
  "prof",
  "jr",
  "sr",
  "no",
  "vs",
  "mt",
  "ft",
  "rev",
  "adm",
  "maj",
  "cmdr",
  "pres",
  "supt",
  "insp",
]);
const NO_BREAK_LONGEST = Math.max(...[...NO_BREAK_AFTER].map((w) => w.length));

/**
 * Splits text into word tokens in one pass over its character codes; hyphens and punctuation
 * separate words. A word is a dotted abbreviation ("U.S.", "D.C."), or letters and digits that
 * may hold &, ' or ’ inside, with a trailing ' or ’ (the same words as
 * /(?:[A-Z]\.){2,}|[\p{L}\p{N}]+(?:[&'’][\p{L}\p{N}]+)*['’]?/gu, which cost a quarter of the
 * classifier's time). `codes` are the text's code units (codeUnitsOf) when the caller has them.
 */
export function tokenize(text: string, codes = codeUnitsOf(text)): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let prevSingleCap = false;
  let at = 0;
  while (at < n) {
    // The gap before the word, read by character codes: slicing and regexes here cost a third
    // of the classifier's time.
    let breaks = false;
    let dotFirst = false;
    let onlySpace = true;
    let hyphenOnly = false;
    let seen = 0;
    let width = 0;
    for (; at < n; at++) {
      const ch = codes[at] as number;
      width = ch < 128 ? (ASCII_WORD[ch] as number) : wordCharWidth(text, at);
      if (width > 0) break;
      if (ch === 32 || ch === 9 || ch === 0xa0) continue;
      seen++;
      onlySpace = false;
      if (seen === 1) {
        dotFirst = ch === 46;
        hyphenOnly = ch === 45 || ch === 0x2011;
      } else hyphenOnly = false;
      if (ch < 128 ? ASCII_BREAK[ch] === 1 : ch === 0x201c || ch === 0x2018) breaks = true;
    }
    if (at >= n) break;
    const start = at;
    const end = wordEnd(text, codes, start, width);
    at = end;
    let rawEnd = end;
    let possessive = false;
    const last = codes[end - 1] as number;
    if (last === 39 || last === 0x2019) {
      // "Russians’" or a closing quote: drop the mark, possessive only after s.
      rawEnd = end - 1;
      const s = codes[rawEnd - 1] as number;
      possessive = s === 115 || s === 83;
    } else if (end - start > 2) {
      const a = codes[end - 2] as number;
      if ((a === 39 || a === 0x2019) && (last === 115 || last === 83)) {
        rawEnd = end - 2;
        possessive = true;
      }
    }
    if (rawEnd === start) continue;
    const c0 = codes[start] as number;
    const cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : UPPER.test(String.fromCharCode(c0));
    // The word's characters read once more, in a loop of its own whose state stays in
    // registers: hashString of the lowercase, and whether any is beyond ASCII or a-z.
    // Capitalized ASCII words are told all-caps by their codes (toLowerCase and toUpperCase
    // were the costliest lines of tokenizing). Read while wordEnd looked for the end, the
    // same three facts (with the hashes one and two code units short, for a possessive) cost
    // more: they lived in an object written at every character.
    let hash = HASH_SEED;
    let ascii = true;
    let anyLower = false;
    for (let k = start; k < rawEnd; k++) {
      const ch = codes[k] as number;
      hash = Math.imul(hash ^ (ch >= 65 && ch <= 90 ? ch + 32 : ch), HASH_PRIME);
      if (ch >= 128) ascii = false;
      else if (ch >= 97 && ch <= 122) anyLower = true;
    }
    const size = rawEnd - start;
    let lower: string | undefined;
    let allCaps = cap && size > 1 && !anyLower;
    if (!ascii) {
      const raw = text.slice(start, rawEnd);
      lower = raw.toLowerCase();
      if (lower.includes("’")) lower = lower.replace(/’/g, "'");
      allCaps = cap && size > 1 && lower !== raw && raw.toUpperCase() === raw;
    }
    let sentenceStart = tokens.length === 0;
    if (!sentenceStart && breaks && dotFirst) {
      const previous = tokens[tokens.length - 1] as Token;
      // A word longer than every such abbreviation need not be cut and lowercased.
      const short = previous.rawEnd - previous.start <= NO_BREAK_LONGEST;
      sentenceStart = !((short && NO_BREAK_AFTER.has(previous.lower)) || prevSingleCap);
    } else if (!sentenceStart) sentenceStart = breaks;
    let flags = ascii ? TokenFlag.Ascii : 0;
    if (cap) flags |= TokenFlag.Cap;
    if (allCaps) flags |= TokenFlag.AllCaps;
    if (sentenceStart) flags |= TokenFlag.SentenceStart;
    if (tokens.length > 0 && onlySpace) flags |= TokenFlag.Joined;
    if (hyphenOnly && seen === 1) flags |= TokenFlag.Hyphenated;
    if (possessive) flags |= TokenFlag.Possessive;
    flags |= (end - rawEnd) << TRAILING_SHIFT;
    const token = new Token(text, start, rawEnd, flags, ascii ? hash & HASH_BITS : 0, lower);
    tokens.push(token);
    // "Sergey V. Lavrov": a lone capital before a dot is an initial, not the end of a sentence.
    prevSingleCap = size === 1 && cap;
  }
  return tokens;
}

/** Where the word starting at `start` (its first character `width` code units) ends. */
function wordEnd(text: string, codes: Uint16Array, start: number, width: number): number {
  const n = text.length;
  // A dotted abbreviation comes first, as in the regex's alternation: "U.S." not "U".
  let j = start;
  let pairs = 0;
  while (j + 1 < n && isAsciiUpper(codes[j] as number) && codes[j + 1] === 46) {
    j += 2;
    pairs++;
  }
  if (pairs >= 2) return j;
  for (j = start + width; ; ) {
    for (; j < n; j++) {
      const ch = codes[j] as number;
      if (ch < 128) {
        if (ASCII_WORD[ch] === 0) break;
      } else {
        const w = wordCharWidth(text, j);
        if (w === 0) break;
        if (w === 2) j++;
      }
    }
    const ch = codes[j] as number;
    if ((ch === 38 || ch === 39 || ch === 0x2019) && wordCharWidth(text, j + 1) > 0) {
      j++;
      continue;
    }
    if (ch === 39 || ch === 0x2019) j++;
    return j;
  }
}

const isAsciiUpper = (ch: number) => ch >= 65 && ch <= 90;

// What each character of the Basic Multilingual Plane is, learned on first sight:
// 0 not yet asked, 1 a letter or digit, 2 anything else.
const BMP_KIND = new Uint8Array(0x10000);
for (let ch = 0; ch < 128; ch++) BMP_KIND[ch] = ASCII_WORD[ch] === 1 ? 1 : 2;

/** 1 or 2 (code units) when a letter or digit starts at i, else 0. */
function wordCharWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const ch = text.charCodeAt(i);
  let kind = BMP_KIND[ch] as number;
  if (kind === 0) {
    if (ch >= 0xd800 && ch <= 0xdbff) {
      // A letter outside the BMP (rare): a surrogate pair, asked of the regex each time.
      const cp = text.codePointAt(i) ?? ch;
      if (cp > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(cp)) ? 2 : 0;
      return 0;
    }
    kind = LETTER_OR_NUMBER.test(String.fromCharCode(ch)) ? 1 : 2;
    BMP_KIND[ch] = kind;
  }
  return kind === 1 ? 1 : 0;
}
