import { readDumpInput } from "./read-dump-input.js";

/** Where a command writes and reads; tests pass their own. */
export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export const processIo: Io = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
};

/**
 * Reads a dump from a path, or from standard input when the path is `-`, no more than the
 * parser reads (see readDumpInput).
 */
export function readInput(path: string, io: Io): Promise<Uint8Array> {
  return readDumpInput(path, io.stdin);
}
