import iconv from "iconv-lite";
import type { ParseWarning } from "./types.js";

/**
 * Mojibake: UTF-8 text that some tool once read as Windows-1252 and saved again, so "’" is
 * "â€™", "é" is "Ã©" and a no-break space is "Â ". The bytes are valid UTF-8, so only these
 * tell-tale pairs give it away; undoing the misreading gives the text back.
 */

// "â€" opens every misread curly quote, dash and ellipsis (U+2013-U+2026); "Ã" before a
// Latin-1 or Windows-1252 character is a misread accented letter; "Â" before one, a misread
// symbol or no-break space. Real text has none of these pairs.
const MOJIBAKE =
  /â€|Ã[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|Â[\u0080-\u00bf]/;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The line as it was before the misreading, or the line itself if it shows none. */
export function repairMojibake(line: string): string {
  if (!MOJIBAKE.test(line)) return line;
  const bytes = iconv.encode(line, "windows-1252");
  // A character Windows-1252 has no byte for was never misread: the line is left alone.
  if (iconv.decode(bytes, "windows-1252") !== line) return line;
  try {
    return utf8.decode(bytes);
  } catch {
    return line;
  }
}

/** repairMojibake of every line of the text, line ends kept. */
export function repairMojibakeLines(text: string): string {
  return text.replace(LINE, repairMojibake);
}

const LINE = /[^\r\n]+/g;

/** The first line (1-based) of a text that shows mojibake, or -1. */
export function firstMojibakeLineInText(text: string): number {
  const at = firstPair(
    (start, from) => text.indexOf(start, from),
    (at) => {
      MOJIBAKE_AT.lastIndex = at;
      return MOJIBAKE_AT.test(text);
    },
  );
  return at < 0 ? -1 : text.slice(0, at).split(LINE_END).length;
}

const MOJIBAKE_AT = new RegExp(MOJIBAKE.source, "y");
const LINE_END = /\r\n|\r|\n/;

/** What a dump with mojibake is told, at its first such line. */
export function mojibakeWarning(line: number): ParseWarning {
  return {
    line,
    code: "mojibake-repaired",
    message:
      'the dump holds UTF-8 text that was once misread as Windows-1252 ("â€™" for "’", "Ã©" for "é"); those lines were repaired. Check their accents and quotes against the source.',
  };
}

/**
 * The first line (1-based) of UTF-8 bytes that shows mojibake, or -1: the line
 * firstMojibakeLineInText finds in their text, without decoding all of it.
 */
export function firstMojibakeLine(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = firstPair(
    (start, from) => buffer.indexOf(start, from, "utf8"),
    (at) => MOJIBAKE_HERE.test(buffer.toString("utf8", at, at + PAIR_BYTES)),
  );
  return at < 0 ? -1 : lineNumberAt(buffer, at);
}

const MOJIBAKE_HERE = new RegExp(`^(?:${MOJIBAKE.source})`);
// Bytes enough for any pair MOJIBAKE matches: two characters of up to three bytes each.
const PAIR_BYTES = 6;

// What each pair MOJIBAKE looks for starts with. Searched for natively, they cost a few
// milliseconds per 50 MB of a dump without any.
const PAIR_STARTS = ["â€", "Ã", "Â"];

/**
 * The first place `find` finds a pair's start at which `isPair` holds ("SÃO PAULO" has the
 * start, not the pair), or -1.
 */
function firstPair(
  find: (start: string, from: number) => number,
  isPair: (at: number) => boolean,
): number {
  let first = -1;
  for (const start of PAIR_STARTS) {
    for (let at = find(start, 0); at >= 0 && (first < 0 || at < first); at = find(start, at + 1)) {
      if (isPair(at)) {
        first = at;
        break;
      }
    }
  }
  return first;
}

/** The 1-based line of byte `at`, counting CRLF, CR and LF each as one line end. */
function lineNumberAt(buffer: Buffer, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) {
    const byte = buffer[i];
    if (byte === 10 || (byte === 13 && buffer[i + 1] !== 10)) line++;
  }
  return line;
}
