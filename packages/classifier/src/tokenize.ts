import { codeUnitsOf } from "./code-units.js";
import { LowercaseTable } from "./lowercase-table.js";
import type { Zone } from "./zones.js";

/** The bits of a token's flags (TokenList.flags): what the matchers ask of a word's shape and surroundings. */
export const TokenFlag = {
  Cap: 1,
  AllCaps: 2,
  SentenceStart: 4,
  Joined: 8,
  Hyphenated: 16,
  Possessive: 32,
  Ascii: 64,
} as const;

/** A token's flags hold, from this bit up, how many code units end - rawEnd is (0 to 2). */
const TRAILING_SHIFT = 7;

/** A field of a token in TokenList's data, four integers a token. */
const START = 0;
const RAW_END = 1;
const FLAGS = 2;
const HASH = 3;
const STRIDE = 4;

/**
 * The words of one text, as numbers: where each starts and where its `raw` ends, its TokenFlag
 * bits and its hash, four small integers a word in one plain array (a typed array per text is a
 * buffer outside the heap, dearer to allocate and free than the array; the classifier's arrays
 * are reused from article to article, TokenPool). Strings are cut from the text only when a
 * reader asks for one (`raw`, `lower`): most words are only looked up by their characters
 * (WordIds.idOf). A token object apiece (72 bytes, and the list's pointer to it) was nearly half
 * of what classifying an article allocated.
 */
export class TokenList {
  /** start, rawEnd, flags and hash of each word in turn (STRIDE integers a word). */
  readonly #data: number[];
  /** Each word's lowercase once cut (from 0 to length; a reused list holds others beyond). */
  #lowers: (string | undefined)[] | undefined;
  /** Whether #lowers holds only this text's words (a reused list is cleared at the first read). */
  #lowersReady: boolean;

  constructor(
    /** The text the words are in. */
    readonly text: string,
    data: number[],
    readonly length: number,
    /** A list for the words' lowercase, every non-ASCII word's already in it when `ready`. */
    lowers: (string | undefined)[] | undefined,
    ready: boolean,
  ) {
    this.#data = data;
    this.#lowers = lowers;
    this.#lowersReady = ready;
  }

  // Each reader below reads the array itself, with its offsets written as numbers (word i's
  // start at 4i, rawEnd 4i + 1, flags 4i + 2, hash 4i + 3; the flag bits as TokenFlag's): V8
  // inlines functions this small wherever they are called, and a call to another reader or a
  // constant's look-up made them too large to be inlined into the long matchers.

  start(i: number): number {
    return this.#data[4 * i] as number;
  }
  /** Where `raw` ends: before a trailing possessive. */
  rawEnd(i: number): number {
    return this.#data[4 * i + 1] as number;
  }
  /** rawEnd - start: the length of `raw`, read without cutting it. */
  size(i: number): number {
    return (this.#data[4 * i + 1] as number) - (this.#data[4 * i] as number);
  }
  /** TokenFlag bits and the trailing mark's length (from TRAILING_SHIFT up). */
  flags(i: number): number {
    return this.#data[4 * i + 2] as number;
  }
  /** hashString(lower) for an ASCII word (0 for others): what WordIds looks it up by. */
  hash(i: number): number {
    return this.#data[4 * i + 3] as number;
  }
  /** Where the word ends, its trailing ' or ’s included (only the tests read it). */
  end(i: number): number {
    return this.rawEnd(i) + (this.flags(i) >>> TRAILING_SHIFT);
  }

  /** First character is an uppercase letter (TokenFlag.Cap). */
  cap(i: number): boolean {
    return ((this.#data[4 * i + 2] as number) & 1) !== 0;
  }
  /** Two or more letters, all uppercase ("NATO", "U.S."; TokenFlag.AllCaps). */
  allCaps(i: number): boolean {
    return ((this.#data[4 * i + 2] as number) & 2) !== 0;
  }
  /** First word of a sentence, a paragraph or a quotation: its capital says nothing. */
  sentenceStart(i: number): boolean {
    return ((this.#data[4 * i + 2] as number) & 4) !== 0;
  }
  /** Separated from the previous token by spaces only (no punctuation; TokenFlag.Joined). */
  joined(i: number): boolean {
    return ((this.#data[4 * i + 2] as number) & 8) !== 0;
  }
  /** Separated from the previous token by a hyphen only (TokenFlag.Hyphenated). */
  hyphenated(i: number): boolean {
    return ((this.#data[4 * i + 2] as number) & 16) !== 0;
  }
  /** Joined or hyphenated: the words may make one phrase. */
  continues(i: number): boolean {
    return ((this.#data[4 * i + 2] as number) & 24) !== 0;
  }
  /** Ended in 's or ’s, or a bare apostrophe after s (TokenFlag.Possessive). */
  possessive(i: number): boolean {
    return ((this.#data[4 * i + 2] as number) & 32) !== 0;
  }
  /** Every character of `raw` is ASCII: `lower` is `raw` with A-Z lowercased (TokenFlag.Ascii). */
  ascii(i: number): boolean {
    return ((this.#data[4 * i + 2] as number) & 64) !== 0;
  }

  /** As written, without a trailing possessive ("Russia’s" -> "Russia"); cut at each read. */
  raw(i: number): string {
    return this.text.slice(this.start(i), this.rawEnd(i));
  }

  /** Lowercase, curly apostrophes made straight; kept once cut (findPeople and geoparse ask again). */
  lower(i: number): string {
    let lowers = this.#lowers;
    if (lowers === undefined || !this.#lowersReady) {
      lowers = undefinedList(this.length, lowers);
      this.#lowers = lowers;
      this.#lowersReady = true;
    }
    let lower = lowers[i];
    if (lower === undefined) {
      // Only ASCII words are left to here (see tokenize): their lowercase is simple, and
      // their hash finds it in the table when the word was met before.
      const at = 4 * i;
      const data = this.#data;
      lower = LOWERCASE.lower(
        this.text,
        data[at] as number,
        data[at + 1] as number,
        data[at + 3] as number,
      );
      lowers[i] = lower;
    }
    return lower;
  }

  /**
   * `lower` of a word beyond ASCII (ascii(i) false), which tokenize wrote when it made the list:
   * for readers that look ASCII words up by their hash, so that their code for the rare word
   * holds no table look-up (V8 inlines `lower` into them, and its size left less room to
   * inline the readers above).
   */
  lowerBeyondAscii(i: number): string {
    return (this.#lowers as (string | undefined)[])[i] as string;
  }

  /** Every word's `lower`, in order (for compiling terms and names, not for the hot path). */
  lowers(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.lower(i));
  }

  /** Word i as an object of its own (for tests and tools, not for the hot path). */
  at(i: number): TokenView {
    return {
      start: this.start(i),
      end: this.end(i),
      rawEnd: this.rawEnd(i),
      raw: this.raw(i),
      lower: this.lower(i),
      flags: this.flags(i),
      hash: this.hash(i),
      cap: this.cap(i),
      allCaps: this.allCaps(i),
      sentenceStart: this.sentenceStart(i),
      joined: this.joined(i),
      hyphenated: this.hyphenated(i),
      possessive: this.possessive(i),
      ascii: this.ascii(i),
    };
  }

  /** Every word as an object of its own (for tests and tools). */
  views(): TokenView[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}

// The lowercase of ASCII words met before, shared by every TokenList: 4,096 slots held the
// bench's 900 distinct words cut by `lower` with few taken by another (tokenizing and reading
// are synchronous, and the kept strings are never changed).
const LOWERCASE = new LowercaseTable(4096);

/** One word of a TokenList as a plain object: what TokenList.at returns. */
export interface TokenView {
  start: number;
  end: number;
  rawEnd: number;
  raw: string;
  lower: string;
  flags: number;
  hash: number;
  cap: boolean;
  allCaps: boolean;
  sentenceStart: boolean;
  joined: boolean;
  hyphenated: boolean;
  possessive: boolean;
  ascii: boolean;
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
// Abbreviations whose dot does not end the sentence (exported for the tests).
export const NO_BREAK_AFTER: ReadonlySet<string> = new Set([
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
export function tokenize(text: string, codes = codeUnitsOf(text), reuse?: TokenSlot): TokenList {
  const n = text.length;
  const data = reuse?.data ?? scratch;
  // Room for every word the text can hold (one a code unit at most), grown by pushing: an
  // array of small integers with no holes, read without checks.
  while (data.length < STRIDE * (n + 1)) data.push(0);
  let count = 0;
  // The non-ASCII words' lowercase, as (index, lower) pairs: few texts have any.
  let nonAscii: (number | string)[] | undefined;
  let prevSingleCap = false;
  let afterDotCount = 0;
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
    let sentenceStart = count === 0;
    if (!sentenceStart && breaks && dotFirst) {
      // After a dot, unless an abbreviation ("Mr.") is before it: that word is checked after
      // this loop (afterDot), where the check's code does not weigh on the loop's.
      sentenceStart = !prevSingleCap;
      if (sentenceStart) afterDot[afterDotCount++] = count;
    } else if (!sentenceStart) sentenceStart = breaks;
    let flags = ascii ? TokenFlag.Ascii : 0;
    if (cap) flags |= TokenFlag.Cap;
    if (allCaps) flags |= TokenFlag.AllCaps;
    if (sentenceStart) flags |= TokenFlag.SentenceStart;
    if (count > 0 && onlySpace) flags |= TokenFlag.Joined;
    if (hyphenOnly && seen === 1) flags |= TokenFlag.Hyphenated;
    if (possessive) flags |= TokenFlag.Possessive;
    flags |= (end - rawEnd) << TRAILING_SHIFT;
    const p = count * STRIDE;
    data[p + START] = start;
    data[p + RAW_END] = rawEnd;
    data[p + FLAGS] = flags;
    data[p + HASH] = ascii ? hash & HASH_BITS : 0;
    if (lower !== undefined) {
      nonAscii ??= [];
      nonAscii.push(count, lower);
    }
    count++;
    // "Sergey V. Lavrov": a lone capital before a dot is an initial, not the end of a sentence.
    prevSingleCap = size === 1 && cap;
  }
  // A word after a dot starts no sentence when the word before the dot is an abbreviation.
  for (let k = 0; k < afterDotCount; k++) {
    const w = afterDot[k] as number;
    if (abbreviationAt(text, codes, data, w - 1, nonAscii)) {
      data[w * STRIDE + FLAGS] = (data[w * STRIDE + FLAGS] as number) & ~TokenFlag.SentenceStart;
    }
  }
  let lowers = reuse?.lowers;
  if (nonAscii !== undefined) {
    lowers = undefinedList(count, lowers);
    for (let k = 0; k < nonAscii.length; k += 2)
      lowers[nonAscii[k] as number] = nonAscii[k + 1] as string;
  }
  const words = reuse?.data ?? data.slice(0, count * STRIDE);
  return new TokenList(text, words, count, lowers, nonAscii !== undefined);
}

/** The arrays a text's words, their lowercase and their ids are written into (TokenPool.next). */
export interface TokenSlot {
  readonly data: number[];
  readonly lowers: (string | undefined)[];
  /** Room for the words' ids in a word table (splitZones), grown as needed. */
  ids: Int32Array;
  /** The zone splitZones made over the slot's words, rewritten for each text. */
  zone: Zone | undefined;
}

/**
 * Arrays for tokenize to write a text's words into, one per text of an article (TokenPool.next),
 * reused from article to article: the words of an ~800-word article took 28 KB to allocate.
 * The TokenLists over them hold until the pool's next reset.
 */
export class TokenPool {
  readonly #slots: TokenSlot[] = [];
  #used = 0;

  /** Gives the arrays out again from the first: what they held is the next article's. */
  reset(): void {
    this.#used = 0;
  }

  /** Arrays not given out since the last reset. */
  next(): TokenSlot {
    if (this.#used === this.#slots.length) {
      this.#slots.push({ data: [], lowers: [], ids: new Int32Array(64), zone: undefined });
    }
    return this.#slots[this.#used++] as TokenSlot;
  }
}

/**
 * `list` (or a new array) holding n undefineds from its start, without holes: set or pushed one
 * by one (Array#fill runs in the engine's runtime, not in optimized code, and holes are slower
 * to read).
 */
function undefinedList(n: number, list: (string | undefined)[] = []): (string | undefined)[] {
  for (let k = 0; k < n; k++) {
    if (k < list.length) list[k] = undefined;
    else list.push(undefined);
  }
  return list;
}

// The words of a text tokenized without a pool's array, copied out at the end at their exact
// size: tokenizing is synchronous and never re-entered.
const scratch: number[] = [];

// The words after a dot that start a sentence unless the word before is an abbreviation, for
// the check after tokenize's loop: written from the start for each text (tokenizing is
// synchronous and never re-entered), never emptied (`length = 0` would drop its storage).
const afterDot: number[] = [];

// NO_BREAK_AFTER by the hash an ASCII word carries (hashString of its lowercase): a word whose
// hash is here is compared with the abbreviation code by code, A-Z folded, so no word is cut
// and lowercased to be checked.
const NO_BREAK_BY_HASH = new Map<number, string>();
for (const word of NO_BREAK_AFTER) NO_BREAK_BY_HASH.set(hashString(word), word);

/**
 * Whether word i, written to data, is one of NO_BREAK_AFTER in any case (its lowercase in the
 * Set, as previousLower gives it).
 */
function abbreviationAt(
  text: string,
  codes: Uint16Array,
  data: number[],
  i: number,
  nonAscii: (number | string)[] | undefined,
): boolean {
  const p = i * STRIDE;
  const start = data[p + START] as number;
  const size = (data[p + RAW_END] as number) - start;
  // A word longer than every such abbreviation need not be looked at.
  if (size > NO_BREAK_LONGEST) return false;
  if (((data[p + FLAGS] as number) & TokenFlag.Ascii) === 0) {
    return NO_BREAK_AFTER.has(previousLower(text, data, i, nonAscii));
  }
  const word = NO_BREAK_BY_HASH.get(data[p + HASH] as number);
  if (word === undefined || word.length !== size) return false;
  for (let k = 0; k < size; k++) {
    const ch = codes[start + k] as number;
    if ((ch >= 65 && ch <= 90 ? ch + 32 : ch) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** The lowercase of word i, written to data and not yet a TokenList. */
function previousLower(
  text: string,
  data: number[],
  i: number,
  nonAscii: (number | string)[] | undefined,
): string {
  if (((data[i * STRIDE + FLAGS] as number) & TokenFlag.Ascii) === 0 && nonAscii !== undefined) {
    for (let k = nonAscii.length - 2; k >= 0; k -= 2) {
      if (nonAscii[k] === i) return nonAscii[k + 1] as string;
    }
  }
  return text.slice(data[i * STRIDE + START], data[i * STRIDE + RAW_END]).toLowerCase();
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

// Issue #14, forty-seventh pass (docs/tried.md): tokenize was optimized six times while the
// classifier warmed up. Five of the six were eager deopts for "insufficient type feedback" on
// branches that the first articles seldom take (a word's first letter beyond ASCII, a letter
// outside the BMP, a possessive, a trailing mark, a dotted abbreviation), and each recompiled
// the largest hot function with everything inlined into it. One made-up text that takes each
// of those branches, tokenized a few times when the module loads (the interpreter's feedback
// vector is made after a few calls), gives them feedback before the first optimization. It is
// no text of any article: only the shapes of its words matter ("Mr.", "Go." and a word beyond
// ASCII before a dot take each path of abbreviationAt). Tokenizing is pure (BMP_KIND only
// learns what a character is), so no output changes.
const WARM_TEXT =
  "Mr. O\u2019Neill\u2019s dogs\u2019 and Mike's rock' don't JOHN'S AT&T, U.S. D.C. Sergey V. Lavrov. Go. Now " +
  "\u00c9cole \u00c9COLE \u00e9t\u00e9 \u00d1r. Next; a\ud835\udc00b \ud835\udc00z " +
  "\ud83d\ude00 x\ud800 \u201cQuote\u201d \u2018it\u2019 well\u2011known\t12\u00a0" +
  'l\u2019\u00e9t\u00e9 Bj\u00f6rk\u2019s (Why?) "No!" 3:4 end.\n';
const WARM_SLOT: TokenSlot = { data: [], lowers: [], ids: new Int32Array(0), zone: undefined };
for (let k = 0; k < 12; k++) tokenize(WARM_TEXT, codeUnitsOf(WARM_TEXT), WARM_SLOT);
