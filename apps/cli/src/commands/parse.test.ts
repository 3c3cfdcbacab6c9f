import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createProgram } from "../program.js";
import { captureIo } from "../test-io.js";

const SAMPLES = new URL("../../../../samples/", import.meta.url);
const BIN = new URL("../../bin/newsdesk.js", import.meta.url);
const run = promisify(execFile);

async function parse(args: string[], stdin = "") {
  const io = captureIo(stdin);
  await createProgram(io).parseAsync(["node", "newsdesk", "parse", ...args]);
  return io;
}

describe("newsdesk parse", () => {
  it("prints a table of the articles, derived headlines marked", async () => {
    const io = await parse([new URL("world-desk.txt", SAMPLES).pathname]);
    expect(io.out()).toMatch(/│ 1 │/);
    expect(io.out()).toMatch(/~ /);
    expect(io.out()).toMatch(/\d+ articles/);
  });

  it("prints the JSON contract's document with --json", async () => {
    const io = await parse([new URL("business-wrapped.txt", SAMPLES).pathname, "--json"]);
    const document = JSON.parse(io.out());
    expect(Object.keys(document)).toEqual(["articles", "warnings"]);
    expect(Object.keys(document.articles[0]).sort()).toEqual(
      [
        "contentHash",
        "contributors",
        "dek",
        "endLine",
        "headline",
        "headlineSource",
        "paragraphs",
        "startLine",
        "wordCount",
      ].sort(),
    );
  });

  it("reads standard input for -, with the format forced", async () => {
    const ndjson = `${JSON.stringify({ title: "Harbour Reopens After Storm", body: "The harbour reopened on Monday.\n\nFerries resumed." })}\n`;
    const io = await parse(["-", "--format", "ndjson", "--json"], ndjson);
    const document = JSON.parse(io.out());
    expect(document.articles).toHaveLength(1);
    expect(document.articles[0].headline).toBe("Harbour Reopens After Storm");
  });
});

describe("the newsdesk binary", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsdesk-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 0 and prints JSON for a good dump", async () => {
    const { stdout } = await run(process.execPath, [
      BIN.pathname,
      "parse",
      new URL("world-desk.txt", SAMPLES).pathname,
      "--json",
    ]);
    expect(JSON.parse(stdout).articles.length).toBeGreaterThan(0);
  });

  it("says what is wrong on stderr, with exit code 2, for binary input", async () => {
    const png = join(dir, "photo.png");
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const failure = await run(process.execPath, [BIN.pathname, "parse", png]).catch(
      (error) => error,
    );
    expect(failure.code).toBe(2);
    expect(failure.stdout).toBe("");
    expect(failure.stderr).toMatch(/^newsdesk: not a text dump/);
  });

  it("names the line and what was expected for malformed JSON", async () => {
    const file = join(dir, "broken.json");
    writeFileSync(file, '[\n  {"title": "A", "body": "B"}\n  {"title": "C"}\n]\n');
    const failure = await run(process.execPath, [BIN.pathname, "parse", file]).catch(
      (error) => error,
    );
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/malformed JSON at line 3, column \d+: expected ','/);
  });

  it("says a file is missing without a stack trace", async () => {
    const failure = await run(process.execPath, [
      BIN.pathname,
      "parse",
      join(dir, "nope.txt"),
    ]).catch((error) => error);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/cannot read .*nope\.txt: no such file/);
    expect(failure.stderr).not.toMatch(/ at /);
  });
});
