import { PassThrough } from "node:stream";
import type { Io } from "./io.js";
import { createProgram } from "./program.js";

/** An Io whose output tests can read back. */
export function captureIo(stdinText = ""): Io & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  stdin.end(stdinText);
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  return { stdout, stderr, stdin, out: () => out, err: () => err };
}

/** Runs `newsdesk ARGS...` in this process, as main.ts would, and returns what it printed. */
export function runNewsdesk(...args: string[]) {
  return runNewsdeskWithInput("", ...args);
}

/** `runNewsdesk` with `stdin` as what is piped in. */
export async function runNewsdeskWithInput(stdin: string, ...args: string[]) {
  const io = captureIo(stdin);
  process.exitCode = undefined;
  await createProgram(io).parseAsync(["node", "newsdesk", ...args]);
  const code = process.exitCode ?? 0;
  process.exitCode = undefined;
  return { ...io, code };
}
