import { DEFAULT_MAX_BYTES, decodeDumpLineSource } from "./decode.js";
import { detectFormat } from "./detect-format.js";
import { EmptyDumpError } from "./errors.js";
import { parseJsonDump, parseNdjsonDump } from "./json-dump.js";
import { type LineSource, splitLines } from "./lines.js";
import { parseLines } from "./parse-text.js";
import type { ParseOptions, ParseResult } from "./types.js";

// Enough of a dump's start to hold its first three non-blank lines.
const FORMAT_SAMPLE = 65536;

/**
 * Splits a raw news dump into articles. Accepts plain text in any of the layouts newsrooms
 * paste (one paragraph per line, blank-line separated, hard-wrapped), JSON and NDJSON. Throws
 * only `DumpError` subclasses, for input that is not a dump at all (`EmptyDumpError` when it
 * holds no text, whatever its format); everything else that is odd about a dump comes back as
 * warnings.
 */
export function parseDump(input: Uint8Array | string, options: ParseOptions = {}): ParseResult {
  const decoded = decodeDumpLineSource(input, options.maxBytes ?? DEFAULT_MAX_BYTES, FORMAT_SAMPLE);
  const lines = decoded.lines;
  if (!hasText(lines)) throw new EmptyDumpError();
  // The first lines tell the format; the dump is split into lines once, by the decoder.
  const format =
    !options.format || options.format === "auto"
      ? detectFormat(splitLines(decoded.head))
      : options.format;
  const allLines = () => lines.slice(0, lines.length);
  const result =
    format === "json"
      ? parseJsonDump(allLines().join("\n"))
      : format === "ndjson"
        ? parseNdjsonDump(allLines())
        : parseLines(lines);
  return { articles: result.articles, warnings: [...decoded.warnings, ...result.warnings] };
}

/**
 * Whether any line holds more than spaces. Looked for a few lines at a time, then more: a
 * dump's first line usually answers, and a blank one is read once.
 */
function hasText(lines: LineSource): boolean {
  for (let start = 0, step = 16; start < lines.length; start += step, step *= 2) {
    if (lines.slice(start, start + step).some((line) => line.trim().length > 0)) return true;
  }
  return false;
}
