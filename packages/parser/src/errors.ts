import { UserError } from "@newsdesk/config";
/** Base class of every error the parser throws on bad input; nothing else escapes it. */
export class DumpError extends UserError {
  override name = "DumpError";
}

/** The input is binary (an image, an archive, a PDF...), not text. */
export class NotTextError extends DumpError {
  override name = "NotTextError";
  constructor(readonly offset: number) {
    super(
      `not a text dump: byte ${offset} is binary data. Export the articles as plain text, JSON or NDJSON and try again.`,
    );
  }
}

/** The input is larger than the configured limit. */
export class DumpTooLargeError extends DumpError {
  override name = "DumpTooLargeError";
  /**
   * `size`: the input's size, or, with `sizeKnown` false, how much of a stream was read before
   * it went over the limit (a pipe or a device, whose size is known only at its end).
   */
  constructor(
    readonly size: number,
    readonly limit: number,
    sizeKnown = true,
  ) {
    super(
      `dump is ${sizeKnown ? `${formatBytes(size)}, over` : "larger than"} the ${formatBytes(limit)} limit: split it into smaller files or raise the limit (maxBytes).`,
    );
  }
}

/** The input holds no text: no bytes, or only blank lines and spaces. */
export class EmptyDumpError extends DumpError {
  override name = "EmptyDumpError";
  constructor() {
    super(
      "the dump is empty (no text, or only blank lines): there are no articles in it. Check that you chose the file that holds the articles.",
    );
  }
}

/** A word processor's or a PDF document, which the parser does not read: it wants plain text. */
export class DocumentFileError extends DumpError {
  override name = "DocumentFileError";
  /** `kind`: what the file is, as its first bytes tell ("a PDF document", "an RTF document"...). */
  constructor(readonly kind: string) {
    super(
      `not a text dump: this is ${kind}. Open it and save it as plain text (.txt), or export the articles as JSON or NDJSON, and try again.`,
    );
  }
}

/** A JSON or NDJSON dump that does not parse, or has no articles where they were expected. */
export class MalformedJsonError extends DumpError {
  override name = "MalformedJsonError";
  constructor(
    readonly line: number,
    readonly column: number,
    readonly expected: string,
  ) {
    super(
      `malformed JSON at line ${line}, column ${column}: ${expected}. Fix the file, or pass --format text to read it as plain text.`,
    );
  }
}

/** A JSON value nested deeper than any dump nests its articles (and than is safe to read). */
export class JsonTooDeepError extends DumpError {
  override name = "JsonTooDeepError";
  constructor(
    readonly line: number,
    readonly column: number,
    readonly limit: number,
  ) {
    super(
      `JSON nested more than ${limit} levels deep at line ${line}, column ${column}: a dump nests its articles a few levels at most. Check that this is the file you meant, or pass --format text to read it as plain text.`,
    );
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
