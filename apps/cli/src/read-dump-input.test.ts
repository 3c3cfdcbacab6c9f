import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { DumpTooLargeError } from "@newsdesk/parser";
import { afterAll, describe, expect, it } from "vitest";
import { NotAFileError, readDumpInput, readInput } from "./read-dump-input.js";
import { captureIo } from "./test-io.js";

const noStdin = Readable.from([]);

describe("readDumpInput", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsdesk-read-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a file, or standard input for -", async () => {
    const file = join(dir, "dump.txt");
    writeFileSync(file, "Harbour Reopens\n\nFerries resumed.\n");
    expect(Buffer.from(await readDumpInput(file, noStdin)).toString()).toBe(
      "Harbour Reopens\n\nFerries resumed.\n",
    );
    const stdin = Readable.from([Buffer.from("Harbour "), Buffer.from("Reopens\n")]);
    expect(Buffer.from(await readDumpInput("-", stdin)).toString()).toBe("Harbour Reopens\n");
  });

  it("says how to end standard input when it is a terminal, and nothing when it is a pipe", async () => {
    const piped = captureIo("Harbour Reopens\n");
    expect(Buffer.from(await readInput("-", piped)).toString()).toBe("Harbour Reopens\n");
    expect(piped.err()).toBe("");

    const terminal = captureIo("Harbour Reopens\n");
    Object.assign(terminal.stdin, { isTTY: true });
    expect(Buffer.from(await readInput("-", terminal)).toString()).toBe("Harbour Reopens\n");
    expect(terminal.err()).toMatch(/^reading the dump from the terminal: .*Ctrl-D/);
  });

  it("refuses a file over the limit by its size, without reading it", async () => {
    const file = join(dir, "huge.txt");
    // Sparse: 3 GiB that take no room on disk, and would take minutes to read.
    writeFileSync(file, "");
    truncateSync(file, 3 * 2 ** 30);
    const error = await readDumpInput(file, noStdin).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DumpTooLargeError);
    expect(error).toMatchObject({ size: 3 * 2 ** 30 });
    // No flag raises the limit: the message says only to split the dump.
    expect((error as Error).message).toBe(
      "dump is 3.0 GiB, over the 64.0 MiB limit: split it into smaller files.",
    );
  });

  it("stops reading standard input one chunk past the limit", async () => {
    let chunks = 0;
    const endless = Readable.from(
      (function* () {
        for (;;) {
          chunks++;
          yield Buffer.alloc(1024, 0x61);
        }
      })(),
    );
    await expect(readDumpInput("-", endless, 10_000)).rejects.toThrow(
      /^dump is larger than the 9\.8 KiB limit/,
    );
    expect(chunks).toBeLessThan(20);
  });

  it("refuses a folder and a device in one line", async () => {
    const folder = await readDumpInput(dir, noStdin).catch((e: unknown) => e);
    expect(folder).toBeInstanceOf(NotAFileError);
    expect((folder as Error).message).toBe(
      `cannot read ${dir}: it is a folder, not a file. Name the dump's file, or pass - and pipe the dump in.`,
    );
    for (const device of ["/dev/zero", "/dev/null"]) {
      const error = await readDumpInput(device, noStdin).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotAFileError);
      expect((error as Error).message).toMatch(/it is a device, not a file/);
    }
  });

  it("reads a named pipe, as process substitution makes", async () => {
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const writer = createWriteStream(fifo);
    writer.end("Harbour Reopens\n");
    expect(Buffer.from(await readDumpInput(fifo, noStdin)).toString()).toBe("Harbour Reopens\n");
  });

  it("leaves a missing file to the error it gives (reported as 'no such file')", async () => {
    await expect(readDumpInput(join(dir, "nope.txt"), noStdin)).rejects.toMatchObject({
      code: "ENOENT",
    });
  });
});
