import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createProgram } from "../program.js";
import { reportError } from "../report-error.js";
import { captureIo, runNewsdesk } from "../test-io.js";

const BIN = new URL("../../bin/newsdesk.js", import.meta.url);
const run = promisify(execFile);

/** Runs `newsdesk ARGS...` in this process as main.ts does, errors reported included. */
async function newsdesk(...args: string[]) {
  const io = captureIo();
  let code = 0;
  try {
    await createProgram(io).parseAsync(["node", "newsdesk", ...args]);
  } catch (error) {
    code = reportError(error, io.stderr);
  }
  return { code, out: io.out(), err: io.err() };
}

describe("parse and classify on files that are not dumps", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsdesk-hostile-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const huge = file("huge.txt", "");
  truncateSync(huge, 3 * 2 ** 30);
  const folder = join(dir, "folder");
  mkdirSync(folder);

  const cases: [string, string, RegExp][] = [
    ["an empty file", file("empty.txt", ""), /the dump is empty/],
    ["a whitespace-only file", file("blank.txt", "  \n\t\n\u00a0\n"), /the dump is empty/],
    [
      "JSON nested 100,000 deep",
      file("deep.json", `${"[".repeat(100_000)}${"]".repeat(100_000)}`),
      /JSON nested more than 256 levels deep at line 1, column 257/,
    ],
    ["a 3 GiB file", huge, /dump is 3\.0 GiB, over the 64\.0 MiB limit/],
    ["a folder", folder, /it is a folder, not a file/],
    ["a device", "/dev/zero", /cannot read \/dev\/zero: it is a device, not a file/],
    [
      "a text-only PDF",
      file("text.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"),
      /this is a PDF document. Open it and save it as plain text/,
    ],
    [
      "an RTF file",
      file("letter.rtf", "{\\rtf1\\ansi Harbour Reopens\\par}"),
      /this is an RTF document/,
    ],
    [
      "a .docx",
      file("story.docx", Buffer.from("PK\u0003\u0004\u0014\u0000word/document.xml", "latin1")),
      /this is a Word document \(\.docx\)/,
    ],
  ];
  for (const command of ["parse", "classify"]) {
    it.each(cases)(`${command}: %s gets one line on stderr and exit 2`, async (_, path, says) => {
      const result = await newsdesk(command, path);
      expect(result.code).toBe(2);
      expect(result.out).toBe("");
      expect(result.err).toMatch(/^newsdesk: [^\n]+\n$/);
      expect(result.err).toMatch(says);
    });
  }

  // `ingest` refuses what the worker would before it opens the store or the queues: these
  // tests run with no Redis and no database, so reaching either would fail them.
  const refusedBeforeQueuing = cases.filter(([name]) => !name.startsWith("JSON"));
  it.each(refusedBeforeQueuing)(
    "ingest: %s gets one line on stderr and exit 2, nothing queued",
    async (_, path, says) => {
      const result = await runNewsdesk("ingest", path, "--wait");
      expect(result.code).toBe(2);
      expect(result.out()).toBe("");
      expect(result.err()).toMatch(/^newsdesk: [^\n]+\n$/);
      expect(result.err()).toMatch(says);
    },
  );

  it("ingest names the unusable file among several and queues none of them", async () => {
    const good = new URL("../../../../samples/world-desk.txt", import.meta.url).pathname;
    const result = await runNewsdesk("ingest", good, join(dir, "empty.txt"));
    expect(result.code).toBe(2);
    expect(result.err()).toMatch(
      /^newsdesk: \S+empty\.txt: the dump is empty .* Nothing was queued\.\n$/,
    );
  });

  it("the built binary answers JSON nested 100,000 deep and /dev/zero the same way", async () => {
    for (const [args, says] of [
      [["parse", join(dir, "deep.json")], /^newsdesk: JSON nested more than 256 levels/],
      [["classify", "/dev/zero"], /^newsdesk: cannot read \/dev\/zero: it is a device/],
    ] as const) {
      const failure = await run(process.execPath, [BIN.pathname, ...args]).catch((e) => e);
      expect(failure.code).toBe(2);
      expect(failure.stdout).toBe("");
      expect(failure.stderr).toMatch(says);
      expect(failure.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});
