import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { PortUnavailableError } from "@newsdesk/digest";
import { MailConfigError } from "@newsdesk/mail";
import { describe, expect, it } from "vitest";
import { EXIT_BAD_INPUT, EXIT_UNEXPECTED, reportError } from "./report-error.js";

function report(error: unknown): { code: number; text: string } {
  const stderr = new PassThrough();
  const code = reportError(error, stderr);
  return { code, text: String(stderr.read() ?? "") };
}

describe("reportError", () => {
  it("prints what the user can fix as one line, exit 2", () => {
    for (const error of [
      new MailConfigError("DKIM_PRIVATE_KEY is set without DKIM_SELECTOR: set both"),
      new PortUnavailableError(3000, "it is in use"),
    ]) {
      const { code, text } = report(error);
      expect(code).toBe(EXIT_BAD_INPUT);
      expect(text).toBe(`newsdesk: ${error.message}\n`);
    }
  });

  it("says what a file error was doing and what to check, one line, exit 2", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newsdesk-report-"));
    try {
      const file = join(dir, "data");
      await writeFile(file, "");
      // DATA_DIR naming a file: the embedded defaults cannot make their folders in it.
      const notAFolder = await mkdir(join(file, "pglite-socket"), { recursive: true }).catch(
        (error: unknown) => error,
      );
      expect(report(notAFolder)).toEqual({
        code: EXIT_BAD_INPUT,
        text: `newsdesk: cannot create the folder ${join(file, "pglite-socket")}: a part of the path is a file, not a folder; check the path (DATA_DIR, INBOX_DIR)\n`,
      });
      const missing = await readFile(join(dir, "missing.txt")).catch((error: unknown) => error);
      expect(report(missing).text).toBe(
        `newsdesk: cannot read ${join(dir, "missing.txt")}: no such file; check the path\n`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("prints anything else with its stack, exit 1", () => {
    const { code, text } = report(new TypeError("undefined is not a function"));
    expect(code).toBe(EXIT_UNEXPECTED);
    expect(text).toMatch(/unexpected error\nTypeError: undefined is not a function\n\s+at /);
  });
});
