import { DEFAULT_MAX_BYTES, decodeDumpLineSource } from "./decode.js";
import { detectFormat } from "./detect-format.js";
import { parseJsonDump, parseNdjsonDump } from "./json-dump.js";
import { splitLines } from "./lines.js";
import { parseLines } from "./parse-text.js";
import type { ParseOptions, ParseResult } from "./types.js";

// Enough of a dump's start to hold its first three non-blank lines.
const FORMAT_SAMPLE = 65536;

/**
 * Splits a raw news dump into articles. Accepts plain text in any of the layouts newsrooms
 * paste (one paragraph per line, blank-line separated, hard-wrapped), JSON and NDJSON. Throws
 * only `DumpError` subclasses, for input that is not a dump at all; everything else that is odd
 * about a dump comes back as warnings.
 */
export function parseDump(input: Uint8Array | string, options: ParseOptions = {}): ParseResult {
  const decoded = decodeDumpLineSource(input, options.maxBytes ?? DEFAULT_MAX_BYTES, FORMAT_SAMPLE);
  // The first lines tell the format; the dump is split into lines once, by the decoder.
  const format =
    !options.format || options.format === "auto"
      ? detectFormat(splitLines(decoded.head))
      : options.format;
  const lines = decoded.lines;
  const allLines = () => lines.slice(0, lines.length);
  const result =
    format === "json"
      ? parseJsonDump(allLines().join("\n"))
      : format === "ndjson"
        ? parseNdjsonDump(allLines())
        : parseLines(lines);
  const warnings = [...decoded.warnings, ...result.warnings];
  if (result.articles.length === 0 && !allLines().some((line) => line.trim().length > 0)) {
    warnings.push({
      line: 1,
      code: "empty-input",
      message: "the dump is empty: there are no articles in it.",
    });
  }
  return { articles: result.articles, warnings };
}
