import { endianness } from "node:os";
import { mayCarryMarkup, stripMarkup } from "./markup.js";
import { repairMojibake } from "./mojibake.js";

/**
 * Splits text into lines on LF, CRLF or CR and cleans each one: no-break spaces become spaces,
 * zero-width spaces and stray BOMs go, tabs become spaces, Unicode is NFC, Markdown marks go.
 * Index i holds line i + 1 of the input, so line numbers stay those of the file.
 */
export function splitLines(text: string): string[] {
  const raw = splitRaw(text);
  for (let i = 0; i < raw.length; i++) raw[i] = cleanLine(raw[i] as string);
  return raw;
}

// Most dumps end lines with LF alone: splitting on a string is several times a regex's speed.
function splitRaw(text: string): string[] {
  return text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n");
}

/** A dump's cleaned lines, index i holding line i + 1; a string[] is one. */
export interface LineSource {
  readonly length: number;
  /** Lines start..end - 1 (0 <= start), cleaned as splitLines cleans them. */
  slice(start: number, end: number): string[];
}

/**
 * splitLines of valid UTF-8 bytes (BOM removed), each line decoded on its own, when asked for.
 * Decoded whole, one curly quote makes the dump a two-byte string; this way ASCII lines, most of
 * a dump, stay one-byte strings, which hold half the memory and scan faster at every later step.
 * Made a piece at a time (see parseLines), a large dump's lines die young instead of being half
 * a million strings that every garbage collection copies.
 */
export class Utf8Lines implements LineSource {
  private readonly buffer: Buffer;
  // Where each line ends (its CR or LF, or the end of the bytes); the next starts past that.
  // A typed array: half a million pushes onto an Array cost more than finding the lines.
  private stops = new Uint32Array(1024);
  private count = 0;
  // The lines the last slice decoded, from `decodedFrom` on: a dump's pieces overlap, and the
  // dump prior's sample is its first piece's lines (parse-text.ts), so each is decoded once.
  private decoded: string[] = [];
  private decodedFrom = 0;
  // The bytes' 32-bit words, aligned in their ArrayBuffer (see isPrintableAscii); null on a
  // big-endian machine, where the bytes are read one at a time.
  private readonly words: Int32Array | null;

  /** `mojibake`: the bytes show mojibake, which each line is repaired of, as decodeDump does. */
  constructor(
    bytes: Uint8Array,
    private readonly mojibake = false,
  ) {
    this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.words = wordsOf(this.buffer);
    // CR and LF bytes are never part of a multi-byte character: lines are found in the bytes,
    // which is several times faster than in a string made of them first.
    const ends = new LineEnds(this.buffer);
    for (let start = 0; ; ) {
      const end = ends.next(start);
      this.push(end < 0 ? this.buffer.length : end);
      if (end < 0) return;
      start = this.startAfter(end);
    }
  }

  private push(stop: number): void {
    if (this.count === this.stops.length) {
      const grown = new Uint32Array(this.count * 2);
      grown.set(this.stops);
      this.stops = grown;
    }
    this.stops[this.count++] = stop;
  }

  /** Where the line after the line end at `end` starts. */
  private startAfter(end: number): number {
    return end + (this.buffer[end] === CR && this.buffer[end + 1] === LF ? 2 : 1);
  }

  get length(): number {
    return this.count;
  }

  slice(start: number, end: number): string[] {
    const lines: string[] = [];
    const { decoded, decodedFrom } = this;
    for (let i = start; i < Math.min(end, this.length); i++) {
      const k = i - decodedFrom;
      lines.push(k >= 0 && k < decoded.length ? (decoded[k] as string) : this.line(i));
    }
    this.decoded = lines;
    this.decodedFrom = start;
    return lines;
  }

  private line(i: number): string {
    const start = i === 0 ? 0 : this.startAfter(this.stops[i - 1] as number);
    const stop = this.stops[i] as number;
    // Most lines are printable ASCII, told from their bytes four at a time: decoded as Latin-1
    // (the same string, without UTF-8's checks) and cleaned without cleanLine's regex test.
    if (this.isPrintableAscii(start, stop))
      return withoutMarkup(this.buffer.toString("latin1", start, stop).trimEnd());
    const text = this.buffer.toString("utf8", start, stop);
    return cleanLine(this.mojibake ? repairMojibake(text) : text);
  }

  /** Whether bytes[start..stop) are all printable ASCII (0x20-0x7e), as ASCII_PRINTABLE tests. */
  private isPrintableAscii(start: number, stop: number): boolean {
    const bytes = this.buffer;
    const words = this.words;
    let i = start;
    if (words !== null) {
      // Byte by byte to a word's start in the ArrayBuffer, then a word at a time.
      const offset = bytes.byteOffset;
      for (; i < stop && ((offset + i) & 3) !== 0; i++)
        if (!isPrintableByte(bytes[i] as number)) return false;
      for (; i + 4 <= stop; i += 4) {
        const word = words[(offset + i) >> 2] as number;
        // Each byte's high bit: set by adding 0x60 where it is 0x20 or more, not by adding 1
        // where it is 0x7e or less, not at all where it is ASCII. A byte of 0x80 or more, whose
        // sums may carry into the next byte, fails on its own bit whatever the carry.
        const printable = ((word + 0x60606060) | 0) & ~((word + 0x01010101) | 0) & ~word;
        if ((printable & HIGH_BITS) !== HIGH_BITS) return false;
      }
    }
    for (; i < stop; i++) if (!isPrintableByte(bytes[i] as number)) return false;
    return true;
  }
}

const HIGH_BITS = 0x80808080 | 0;

function isPrintableByte(c: number): boolean {
  return c >= 0x20 && c <= 0x7e;
}

function wordsOf(bytes: Buffer): Int32Array | null {
  if (endianness() !== "LE") return null;
  return new Int32Array(bytes.buffer, 0, bytes.buffer.byteLength >> 2);
}

const CR = 13;
const LF = 10;

/** Finds line ends (CR or LF) in order, searching for each kind only past its last hit. */
class LineEnds {
  private cr: number;
  private lf: number;

  constructor(private readonly bytes: Buffer) {
    this.cr = bytes.indexOf(CR);
    this.lf = bytes.indexOf(LF);
  }

  /** The first CR or LF at or after `from`, or -1. */
  next(from: number): number {
    if (this.cr >= 0 && this.cr < from) this.cr = this.bytes.indexOf(CR, from);
    if (this.lf >= 0 && this.lf < from) this.lf = this.bytes.indexOf(LF, from);
    if (this.cr < 0) return this.lf;
    return this.lf < 0 ? this.cr : Math.min(this.cr, this.lf);
  }
}

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: tabs, form feeds and ESC are what this cleans away.
const SPACES = /[\u00a0\u2007\u202f\u2000-\u200a\u3000\t\f\x1b]/g;
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
// Either of the above: most lines that are not printable ASCII (curly quotes, accents) hold
// neither, which one search tells instead of two replaces' searches.
const SPACES_OR_INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: as SPACES.
  /[\u00a0\u2007\u202f\u2000-\u200a\u3000\t\f\x1b\u200b\u2060\ufeff\u00ad]/;

/**
 * Cleans one line; kept apart so JSON fields get the same treatment. Markdown headings and
 * whole-line emphasis lose their marks (see stripMarkup).
 */
export function cleanLine(line: string): string {
  if (ASCII_PRINTABLE.test(line)) return withoutMarkup(line.trimEnd());
  // Most other lines (curly quotes, accents, dashes) need neither step below: one search
  // tells, where the two searches each read the whole line.
  if (!NEEDS_CLEANING.test(line)) return withoutMarkup(line.trimEnd());
  const spaced = SPACES_OR_INVISIBLE.test(line)
    ? line.replace(SPACES, " ").replace(INVISIBLE, "")
    : line;
  return withoutMarkup(
    (MAY_CHANGE_UNDER_NFC.test(spaced) ? spaced.normalize("NFC") : spaced).trimEnd(),
  );
}

// Most lines open with a letter: one character settles that they carry no markup.
function withoutMarkup(line: string): string {
  return mayCarryMarkup(line.charCodeAt(0)) ? stripMarkup(line) : line;
}

// Latin letters (to U+02FF) and general punctuation (curly quotes, dashes) are their own NFC
// form and never compose: most non-ASCII lines hold nothing else, and skip normalize().
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, controls included.
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02ff\u2010-\u205f]/;

// What SPACES_OR_INVISIBLE or MAY_CHANGE_UNDER_NFC finds: any character outside the ranges the
// latter spares, less the tab, form feed, ESC, no-break space, soft hyphen and narrow no-break
// space within them (the other odd spaces and invisibles lie outside them already).
const NEEDS_CLEANING =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ranges are ASCII's, controls included.
  /[^\u0000-\u0008\u000a\u000b\u000d-\u001a\u001c-\u009f\u00a1-\u00ac\u00ae-\u02ff\u2010-\u202e\u2030-\u205f]/;
