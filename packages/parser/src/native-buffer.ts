/**
 * Buffer's native string codecs, called directly on the hot path. `write(text, at, n,
 * "utf16le")` and `toString("utf8", start, end)` check their arguments and look the encoding's
 * name up in JavaScript before they reach these, on every call: per line and per paragraph
 * copy, that was half a percent of a parse's generated code. Every Node Buffer has them,
 * though Node's types do not name them.
 */
export interface NativeBuffer extends Buffer {
  /** Writes `text`'s UTF-16 code units (little-endian) at `offset`, at most `byteLength` bytes. */
  ucs2Write(text: string, offset: number, byteLength: number): number;
  /** The UTF-8 bytes start..end (start <= end <= length) decoded. */
  utf8Slice(start: number, end: number): string;
}

/** `buffer`, with its native codecs checked for once: a Node without them fails at load. */
export function nativeBuffer(buffer: Buffer): NativeBuffer {
  const native = buffer as Buffer & Partial<NativeBuffer>;
  if (typeof native.ucs2Write !== "function" || typeof native.utf8Slice !== "function")
    throw new Error(
      "This Node.js has no Buffer#ucs2Write or #utf8Slice: run the parser on Node 20.",
    );
  return native as NativeBuffer;
}
