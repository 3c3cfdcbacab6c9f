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
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(
      `dump is ${formatBytes(size)}, over the ${formatBytes(limit)} limit: split it into smaller files or raise the limit (maxBytes).`,
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

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
