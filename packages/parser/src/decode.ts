import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { rejectDocumentFile } from "./document-file.js";
import { DumpTooLargeError, NotTextError } from "./errors.js";
import { type LineSource, splitLines, Utf8Lines } from "./lines.js";
import {
  firstMojibakeLine,
  firstMojibakeLineInText,
  mojibakeWarning,
  repairMojibakeLines,
} from "./mojibake.js";
import type { ParseWarning } from "./types.js";

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface DecodedDump {
  text: string;
  warnings: ParseWarning[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Turns dump bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, and, when the
 * bytes are not valid UTF-8, Windows-1252 with a warning (what old newsroom tools export).
 * Lines that show mojibake are repaired, with a warning (see mojibake.ts).
 */
export function decodeDump(input: Uint8Array | string, maxBytes = DEFAULT_MAX_BYTES): DecodedDump {
  const decoded = decodeText(input, maxBytes);
  const mojibakeLine = firstMojibakeLineInText(decoded.text);
  if (mojibakeLine < 0) return decoded;
  return {
    text: repairMojibakeLines(decoded.text),
    warnings: [...decoded.warnings, mojibakeWarning(mojibakeLine)],
  };
}

function decodeText(input: Uint8Array | string, maxBytes: number): DecodedDump {
  rejectDocumentFile(input);
  if (typeof input === "string") {
    // A JS string is UTF-16: measure what it would weigh as the UTF-8 file it stands for.
    const size = input.length > maxBytes / 3 ? Buffer.byteLength(input, "utf8") : input.length;
    if (size > maxBytes) throw new DumpTooLargeError(size, maxBytes);
    rejectBinaryText(input);
    return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, warnings: [] };
  }
  if (input.byteLength > maxBytes) throw new DumpTooLargeError(input.byteLength, maxBytes);
  const utf16 = utf16Encoding(input);
  if (utf16) {
    const text = new TextDecoder(utf16, { ignoreBOM: false }).decode(input);
    rejectBinaryText(text);
    return { text, warnings: [] };
  }
  rejectBinaryBytes(input);
  try {
    return { text: utf8.decode(input), warnings: [] };
  } catch {
    return {
      // iconv-lite, not TextDecoder: Node 20 decodes "windows-1252" as Latin-1, losing the
      // curly quotes, dashes and euro sign of 0x80-0x9F that Word-era files are full of.
      text: iconv.decode(
        Buffer.from(input.buffer, input.byteOffset, input.byteLength),
        "windows-1252",
      ),
      warnings: [
        {
          line: firstInvalidUtf8Line(input),
          code: "decoded-as-windows-1252",
          message:
            "the dump is not valid UTF-8; it was read as Windows-1252. Re-save it as UTF-8 if accented letters look wrong.",
        },
      ],
    };
  }
}

/** A dump's cleaned lines and the start of its text. */
export interface DecodedLines<Lines extends LineSource = string[]> {
  /** What `splitLines(decodeDump(input).text)` gives. */
  lines: Lines;
  /** The text's first `headLength` characters. */
  head: string;
  warnings: ParseWarning[];
}

/** decodeDump, then splitLines. */
export function decodeDumpLines(
  input: Uint8Array | string,
  maxBytes = DEFAULT_MAX_BYTES,
  headLength = 65536,
): DecodedLines {
  const { lines, head, warnings } = decodeDumpLineSource(input, maxBytes, headLength);
  return { lines: lines.slice(0, lines.length), head, warnings };
}

/**
 * decodeDumpLines with lines made as they are asked for: UTF-8 bytes, the usual case, are
 * decoded line by line (see Utf8Lines) and never as one whole text.
 */
export function decodeDumpLineSource(
  input: Uint8Array | string,
  maxBytes = DEFAULT_MAX_BYTES,
  headLength = 65536,
): DecodedLines<LineSource> {
  if (
    typeof input === "string" ||
    input.byteLength > maxBytes ||
    utf16Encoding(input) !== null ||
    !isUtf8(input)
  ) {
    const { text, warnings } = decodeDump(input, maxBytes);
    return { lines: splitLines(text), head: text.slice(0, headLength), warnings };
  }
  rejectDocumentFile(input);
  rejectBinaryBytes(input);
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  const bytes = input.subarray(bom);
  const mojibakeLine = firstMojibakeLine(bytes);
  return {
    lines: new Utf8Lines(bytes, mojibakeLine > 0),
    head: headOf(bytes, headLength, mojibakeLine > 0),
    warnings: mojibakeLine > 0 ? [mojibakeWarning(mojibakeLine)] : [],
  };
}

/** The first `headLength` characters of UTF-8 bytes' text, repaired of mojibake if asked. */
function headOf(bytes: Uint8Array, headLength: number, mojibake: boolean): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!mojibake) {
    // No UTF-16 unit takes more than three bytes, so these bytes hold the head whole; a
    // character they cut in two can only land past it.
    return buffer.toString("utf8", 0, Math.min(buffer.length, headLength * 4)).slice(0, headLength);
  }
  // A repaired character may have taken up to eight bytes ("â€™" for "’"), and a line is
  // repaired whole: the bytes run on to the end of a line.
  const ends = [buffer.indexOf(10, headLength * 8), buffer.indexOf(13, headLength * 8)];
  const end = Math.min(...ends.map((at) => (at < 0 ? buffer.length : at)));
  return repairMojibakeLines(buffer.toString("utf8", 0, end)).slice(0, headLength);
}

function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * Text never holds NUL or most C0 controls; images, archives and PDFs do within their first
 * bytes. Checking a prefix and a sample keeps this cheap on large dumps.
 */
function rejectBinaryBytes(bytes: Uint8Array): void {
  const limit = Math.min(bytes.byteLength, 65536);
  for (let i = 0; i < limit; i++) {
    if (isBinaryCode(bytes[i] as number)) throw new NotTextError(i);
  }
  for (let i = limit; i < bytes.byteLength; i += 4099) {
    if (isBinaryCode(bytes[i] as number)) throw new NotTextError(i);
  }
}

function rejectBinaryText(text: string): void {
  const limit = Math.min(text.length, 65536);
  for (let i = 0; i < limit; i++) {
    if (isBinaryCode(text.charCodeAt(i))) throw new NotTextError(i);
  }
}

// NUL..BS, VT, SO..SUB, FS..US: controls that plain text does not contain (tab, LF, FF, CR
// and ESC-free text pass).
export function isBinaryCode(code: number): boolean {
  return code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13 && code !== 27;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.byteLength) {
    const b = bytes[i] as number;
    if (b === 10) line++;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    if (length === 0) return line;
    // The second byte's range rules out overlong forms and encoded surrogates (RFC 3629).
    const second = bytes[i + 1];
    const [low, high] =
      b === 0xe0
        ? [0xa0, 0xbf]
        : b === 0xed
          ? [0x80, 0x9f]
          : b === 0xf0
            ? [0x90, 0xbf]
            : b === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    if (second === undefined || second < low || second > high) return line;
    for (let k = 2; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return line;
    }
    i += length;
  }
  return line;
}
