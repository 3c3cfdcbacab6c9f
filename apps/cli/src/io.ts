import { readFile } from "node:fs/promises";

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

/** Reads a dump from a path, or from standard input when the path is `-`. */
export async function readInput(path: string, io: Io): Promise<Uint8Array> {
  if (path !== "-") return readFile(path);
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
