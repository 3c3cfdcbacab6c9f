import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { DumpOverLimitError } from "@newsdesk/ingest";
import { DEFAULT_MAX_BYTES, DumpError } from "@newsdesk/parser";
import type { Io } from "./io.js";

/** The path names a folder or a device, not a file a dump can be read from. */
export class NotAFileError extends DumpError {
  override name = "NotAFileError";
  constructor(
    readonly path: string,
    readonly kind: "a folder" | "a device",
  ) {
    super(
      `cannot read ${path}: it is ${kind}, not a file. Name the dump's file, or pass - and pipe the dump in.`,
    );
  }
}

// Reading a large dump in large reads: 64 KiB ones would take 1,000 for 64 MiB.
const READ_CHUNK = 1024 * 1024;

/**
 * A dump's bytes, from a file or (path `-`) from `stdin`, refused before they are all read
 * when they are more than `maxBytes` (DumpOverLimitError): a file's size is asked first, and a
 * pipe's bytes are counted as they come, so `/dev/zero` or a 3 GiB file costs nothing. A
 * folder or a device is refused (NotAFileError); a named pipe is read like standard input.
 */
export async function readDumpInput(
  path: string,
  stdin: NodeJS.ReadableStream,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<Uint8Array> {
  if (path === "-") return readLimited(stdin, maxBytes);
  const stats = await stat(path);
  if (stats.isDirectory()) throw new NotAFileError(path, "a folder");
  if (!stats.isFile() && !stats.isFIFO()) throw new NotAFileError(path, "a device");
  if (stats.size > maxBytes) throw new DumpOverLimitError(stats.size, maxBytes);
  // A file may grow after its size was asked: no more than one byte past the limit is read.
  return readLimited(
    createReadStream(path, { end: maxBytes, highWaterMark: READ_CHUNK }),
    maxBytes,
  );
}

async function readLimited(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Leaving the loop early destroys the stream: the rest of a pipe is not read.
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > maxBytes) throw new DumpOverLimitError(size, maxBytes, false);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Reads a dump from a path, or from standard input when the path is `-`, no more than the
 * parser reads (see readDumpInput).
 */
export function readInput(path: string, io: Io): Promise<Uint8Array> {
  // At a terminal, `-` waits for typing: say so, or the command looks hung.
  if (path === "-" && (io.stdin as { isTTY?: boolean }).isTTY) {
    io.stderr.write(
      "reading the dump from the terminal: paste it, then press Ctrl-D on a new line (or pipe a file in: cat dump.txt | newsdesk ...)\n",
    );
  }
  return readDumpInput(path, io.stdin);
}
