import { hash } from "node:crypto";
import { endianness } from "node:os";

/**
 * A fingerprint of an article's body that survives re-typing: quotes, dashes, spaces, case
 * and Unicode forms are folded before hashing, so the same story pasted from two places matches.
 * The digest is that of every paragraph's `foldForHash` form, each followed by "\n", as UTF-8.
 */
export function contentHash(paragraphs: readonly string[]): string {
  let size = 0;
  for (const paragraph of paragraphs) {
    reserve(size + paragraph.length * 3 + 1);
    size = foldInto(paragraph, size);
    body[size++] = 10;
  }
  // One call per article: turning many small strings into bytes costs more than hashing them,
  // and the one-shot hash spares making a Hash object for each article.
  return hash("sha256", body.subarray(0, size), "hex");
}

/** Writes `foldForHash(text)` as UTF-8 into `body` at `at`; returns where it ends. */
function foldInto(text: string, at: number): number {
  // Text folds in its UTF-8 bytes: one native copy, then a loop over a buffer, which is faster
  // than any pass over the string. Printable ASCII once took a regex test and a lower-cased
  // copy instead: as fast, but a copy of every paragraph to collect (37 MB per 50 MB dump).
  const end = foldBytes(at, at + body.write(text, at, "utf8"));
  if (end >= 0) return end;
  // Capitals outside ASCII, compatibility forms and marks need NFKC and full case mapping: the
  // string path does that.
  const folded = foldForHash(text);
  reserve(at + folded.length * 3 + 1);
  return at + body.write(folded, at, "utf8");
}

/**
 * Folds the UTF-8 bytes body[from..to) in place, as `foldForHash` folds their text: ASCII,
 * the typography FOLDED turns into ASCII, and characters it leaves as they are (see
 * keepsItsForm); returns where the folded bytes end, or -1 at the first other character,
 * which needs NFKC or full case mapping on the string.
 */
function foldBytes(from: number, to: number): number {
  // Most paragraphs are ASCII with single spaces, which fold where they stand: only capitals
  // (and backticks) are written, until a byte that may move the rest (see foldMoving). Four
  // bytes at a time where they are aligned (see foldAsciiWords), one at a time around them.
  const aligned = Math.min(to, (from + 3) & ~3);
  let i = foldAsciiBytes(from, from, aligned, to);
  if (i === aligned) i = foldAsciiBytes(from, foldAsciiWords(from, i, 0, to), to, to);
  return i === to ? to : foldMoving(from, i, to);
}

/**
 * Folds body[start..end) in place while its bytes fold where they stand (the paragraph runs
 * from..to); returns where it stopped: `end`, or the first byte that may move the rest.
 */
function foldAsciiBytes(from: number, start: number, end: number, to: number): number {
  // A local binding: the module's `body` can be replaced (see reserve), so every read of it
  // would load it again.
  const bytes = body;
  let i = start;
  for (; i < end; i++) {
    const c = bytes[i] as number;
    if (c >= 128) break;
    if (c === 32) {
      // A single space between text stays as it is.
      if (i === from || i + 1 >= to || isSpaceByte(bytes[i + 1] as number)) break;
      continue;
    }
    if (c >= 9 && c <= 13) break;
    if (c >= 65 && c <= 90) bytes[i] = c + 32;
    else if (c === 96) bytes[i] = 39;
  }
  return i;
}

// Bytes of a little-endian 32-bit word, each with only its high bit, or all its low bits, set.
const HIGH_BITS = 0x80808080 | 0;
const ONES = 0x01010101;

/**
 * High bit of each byte of `word` (ASCII bytes only) that is at least `least`: adding
 * 128 - least carries into a byte's high bit exactly then, and never into the next byte.
 */
function atLeast(word: number, least: number): number {
  return ((word + Math.imul(ONES, 128 - least)) | 0) & HIGH_BITS;
}

/**
 * foldAsciiBytes four aligned bytes at a time, by bit tricks on 32-bit words (SWAR): a word of
 * ASCII with no control character, backtick or space that would move the rest has its
 * capitals lower-cased in one write, `shift` bytes before where it stood (0 until a byte has
 * moved the rest, see foldMoving). Stops at the first other word (a byte at a time takes it
 * from there) and returns where.
 */
function foldAsciiWords(from: number, start: number, shift: number, to: number): number {
  const words = bodyWords;
  const view = bodyView;
  const bytes = body;
  if (words === null || view === null) return start;
  let i = start;
  for (; i + 4 <= to; i += 4) {
    const word = words[i >> 2] as number;
    if ((word & HIGH_BITS) !== 0) break;
    // Controls (tabs and line breaks among them) and backticks go byte by byte.
    const under32 = ~atLeast(word, 32) & HIGH_BITS;
    const backtick = atLeast(word, 96) & ~atLeast(word, 97);
    if ((under32 | backtick) !== 0) break;
    const space = atLeast(word, 32) & ~atLeast(word, 33);
    if (space !== 0) {
      // A space first in the paragraph (nothing written before it), before another, or last
      // (the highest byte's high bit is the sign) moves what follows it.
      if ((space & (space >>> 8)) !== 0 || (i - shift === from && (space & 0x80) !== 0)) break;
      if (space < 0 && (i + 4 >= to || isSpaceByte(bytes[i + 4] as number))) break;
    }
    const capitals = atLeast(word, 65) & ~atLeast(word, 91);
    // A capital's high bit, shifted to 0x20, lower-cases it. In place, a word of no capital
    // stays as it is.
    if (shift !== 0) view.setInt32(i - shift, word | (capitals >>> 2), true);
    else if (capitals !== 0) words[i >> 2] = word | (capitals >>> 2);
  }
  return i;
}

function isSpaceByte(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** foldBytes from body[start] on, the bytes from..start folded already where they stand. */
function foldMoving(from: number, start: number, to: number): number {
  const bytes = body;
  let size = start;
  // A run of whitespace becomes one space, written only if text follows it (so trimmed).
  let space = false;
  for (let i = start; i < to; i++) {
    // Plain ASCII words four bytes at a time where the source is aligned and no space waits.
    if (!space && (i & 3) === 0 && i + 4 <= to) {
      const next = foldAsciiWords(from, i, i - size, to);
      if (next !== i) {
        size += next - i;
        i = next;
        if (i >= to) break;
      }
    }
    const c = bytes[i] as number;
    if (c === 32 || (c >= 9 && c <= 13)) {
      space = size > from;
      continue;
    }
    if (c >= 128) {
      // Two- and three-byte characters: FOLDED typography, or text foldForHash leaves as it is.
      const width = c >= 0xe0 ? 3 : 2;
      if (c >= 0xf0 || i + width > to) return -1;
      const folded =
        c === 0xc2
          ? (FOLDED_AFTER_C2[(bytes[i + 1] as number) & 0x3f] as number)
          : c === 0xe2 && bytes[i + 1] === 0x80
            ? (FOLDED_AFTER_E280[(bytes[i + 2] as number) & 0x3f] as number)
            : 0;
      if (folded === 0 && !keepsItsForm(codePointAt(bytes, i, width))) return -1;
      if (space) {
        bytes[size++] = 32;
        space = false;
      }
      if (folded === ELLIPSIS) {
        bytes[size++] = 46;
        bytes[size++] = 46;
        bytes[size++] = 46;
      } else if (folded !== 0) {
        bytes[size++] = folded;
      } else {
        for (let k = 0; k < width; k++) bytes[size++] = bytes[i + k] as number;
      }
      i += width - 1;
      continue;
    }
    if (space) {
      bytes[size++] = 32;
      space = false;
    }
    bytes[size++] = c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c;
  }
  return size;
}

// One article's folded body as UTF-8, reused from article to article, and its 32-bit words
// where it starts on a word and the machine is little-endian (else null: byte by byte).
let body = Buffer.allocUnsafe(1 << 16);
let bodyWords = wordsOf(body);
let bodyView = viewOf(body);

function viewOf(bytes: Buffer): DataView | null {
  if (endianness() !== "LE") return null;
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
}

function wordsOf(bytes: Buffer): Int32Array | null {
  if (endianness() !== "LE" || bytes.byteOffset % 4 !== 0) return null;
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
}

function reserve(bytes: number): void {
  if (bytes <= body.length) return;
  const grown = Buffer.allocUnsafe(Math.max(bytes, body.length * 2));
  body.copy(grown);
  body = grown;
  bodyWords = wordsOf(body);
  bodyView = viewOf(body);
}

const FOLDED: Record<string, string> = {
  "‘": "'",
  "’": "'",
  "‚": "'",
  "‛": "'",
  "′": "'",
  "`": "'",
  "´": "'",
  "“": '"',
  "”": '"',
  "„": '"',
  "‟": '"',
  "″": '"',
  "«": '"',
  "»": '"',
  "‐": "-",
  "‑": "-",
  "‒": "-",
  "–": "-",
  "—": "-",
  "―": "-",
  "…": "...",
};
// Typography and whitespace that differ between copies of the same text, in one pass:
// paragraphs are trimmed and single-spaced already, so this matches little.
const FOLD = /[‘’‚‛′`´“”„‟″«»‐‑‒–—―…]|\s{2,}|[^\S ]/g;

// After the folds above, most text is ASCII and Latin-1 letters, which NFKC leaves alone.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, controls included.
const NEEDS_NFKC = /[^\u0000-\u007f\u00c0-\u00ff]/;

export function foldForHash(text: string): string {
  const folded = text.replace(FOLD, (match) => FOLDED[match] ?? " ").trim();
  // Lower case last: NFKC can turn a symbol ("𝔸") into a capital.
  return (NEEDS_NFKC.test(folded) ? folded.normalize("NFKC") : folded).toLowerCase();
}

// What FOLDED turns each of its characters into, by the last byte of its UTF-8 form (all are
// C2 xx or E2 80 xx, with xx in 80-BF): 0 for characters it leaves alone.
const FOLDED_AFTER_C2 = new Uint8Array(64);
const FOLDED_AFTER_E280 = new Uint8Array(64);
// Stands for "…" in the tables, which folds to three full stops; not ASCII, so never a fold.
const ELLIPSIS = 0xff;
for (const [from, to] of Object.entries(FOLDED)) {
  const bytes = [...Buffer.from(from, "utf8")];
  if (bytes.length === 1) continue; // the backtick, folded with the rest of ASCII
  const [lead, middle] = bytes;
  const table =
    lead === 0xc2 ? FOLDED_AFTER_C2 : lead === 0xe2 && middle === 0x80 ? FOLDED_AFTER_E280 : null;
  if (table === null) throw new Error(`foldBytes cannot fold ${from}: give it a table`);
  table[(bytes.at(-1) as number) & 0x3f] = to.length === 1 ? to.charCodeAt(0) : ELLIPSIS;
}

/** The code point of the two- or three-byte UTF-8 character at bytes[i]. */
function codePointAt(bytes: Buffer, i: number, width: number): number {
  const lead = bytes[i] as number;
  const second = (bytes[i + 1] as number) & 0x3f;
  if (width === 2) return ((lead & 0x1f) << 6) | second;
  return ((lead & 0x0f) << 12) | (second << 6) | ((bytes[i + 2] as number) & 0x3f);
}

// For each code point below 0x10000: 0 not yet asked, 1 folds to itself, 2 does not.
const OWN_FORM = new Uint8Array(0x10000);
const MARK_OR_SPACE = /[\p{M}\s]/u;

/**
 * Whether foldForHash leaves the character as it is wherever it stands: lower case already, its
 * own NFKC form, and neither a mark nor a Hangul jamo, which NFKC could compose with the
 * character before (so "é", "ñ", "€", "ś" do; "É", "ª", "²" and a no-break space do not).
 */
function keepsItsForm(codePoint: number): boolean {
  let known = OWN_FORM[codePoint] as number;
  if (known === 0) {
    const char = String.fromCharCode(codePoint);
    const own =
      !(codePoint >= 0xd800 && codePoint <= 0xdfff) &&
      !(codePoint >= 0x1100 && codePoint <= 0x11ff) &&
      !MARK_OR_SPACE.test(char) &&
      char.toLowerCase() === char &&
      char.normalize("NFKC") === char;
    known = own ? 1 : 2;
    OWN_FORM[codePoint] = known;
  }
  return known === 1;
}
