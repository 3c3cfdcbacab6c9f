/**
 * Splits text into lines on LF, CRLF or CR and cleans each one: no-break spaces become spaces,
 * zero-width spaces and stray BOMs go, tabs become spaces, Unicode is NFC. Index i holds line
 * i + 1 of the input, so line numbers stay those of the file.
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

// In the Latin-1 reading of the bytes, the bytes of multi-byte characters.
const NON_ASCII = /[\x80-\xff]/;

/**
 * splitLines of valid UTF-8 bytes (BOM removed), with each line decoded on its own. Decoded
 * whole, one curly quote makes the dump a two-byte string; this way ASCII lines, most of a
 * dump, stay one-byte strings, which hold half the memory and scan faster at every later step.
 */
export function splitUtf8Lines(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // As Latin-1 every byte is one character, so offsets in it are offsets in the bytes, and CR
  // and LF bytes are never part of a multi-byte character.
  const latin1 = buffer.toString("latin1");
  const ends = new LineEnds(latin1);
  const lines: string[] = [];
  for (let start = 0; ; ) {
    const end = ends.next(start);
    const stop = end < 0 ? latin1.length : end;
    let line = latin1.slice(start, stop);
    if (NON_ASCII.test(line)) line = buffer.toString("utf8", start, stop);
    lines.push(cleanLine(line));
    if (end < 0) return lines;
    start = end + (latin1.startsWith("\r\n", end) ? 2 : 1);
  }
}

/** Finds line ends (CR or LF) in order, searching for each kind only past its last hit. */
class LineEnds {
  private cr: number;
  private lf: number;

  constructor(private readonly text: string) {
    this.cr = text.indexOf("\r");
    this.lf = text.indexOf("\n");
  }

  /** The first CR or LF at or after `from`, or -1. */
  next(from: number): number {
    if (this.cr >= 0 && this.cr < from) this.cr = this.text.indexOf("\r", from);
    if (this.lf >= 0 && this.lf < from) this.lf = this.text.indexOf("\n", from);
    if (this.cr < 0) return this.lf;
    return this.lf < 0 ? this.cr : Math.min(this.cr, this.lf);
  }
}

const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: tabs, form feeds and ESC are what this cleans away.
const SPACES = /[\u00a0\u2007\u202f\u2000-\u200a\u3000\t\f\x1b]/g;
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;

/** Cleans one line; kept apart so JSON fields get the same treatment. */
export function cleanLine(line: string): string {
  if (ASCII_PRINTABLE.test(line)) return line.trimEnd();
  return line.replace(SPACES, " ").replace(INVISIBLE, "").normalize("NFC").trimEnd();
}
