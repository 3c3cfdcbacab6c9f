import { CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { COMMAND_SUMMARIES } from "./command-summaries.js";
import { createProgram } from "./program.js";
import { captureIo, runNewsdesk } from "./test-io.js";

async function help(...args: string[]): Promise<string> {
  const io = captureIo();
  const program = createProgram(io).exitOverride();
  await program.parseAsync(["node", "newsdesk", ...args]).catch(() => undefined);
  return io.out();
}

describe("createProgram", () => {
  it("lists every command from its summary, without loading any", async () => {
    const program = createProgram(captureIo());
    expect(program.commands.map((command) => command.name())).toEqual(
      Object.keys(COMMAND_SUMMARIES),
    );
    // Placeholders: no command's options are registered until it is named.
    expect(program.commands.every((command) => command.options.length === 0)).toBe(true);
    const text = await help("--help");
    expect(text).toMatch(/^ {2}parse \[options\] <file> +split a news dump into articles$/m);
    expect(text).toMatch(/^ {2}digest <command> +build and send digest editions$/m);
  });

  it("exits 2 on a usage mistake, with what was wrong, as on any input the user can fix", async () => {
    for (const [args, says] of [
      [["pasre"], /unknown command 'pasre'/],
      [["parse"], /missing required argument 'file'/],
      [
        ["parse", "x.txt", "--fromat", "json"],
        /unknown option '--fromat'\n\(Did you mean --format\?\)/,
      ],
      [["parse", "x.txt", "--format", "xml"], /argument 'xml' is invalid/],
      [["digest", "bild"], /unknown command 'bild'/],
    ] as const) {
      const io = captureIo();
      const failure = await createProgram(io)
        .exitOverride()
        .parseAsync(["node", "newsdesk", ...args])
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(CommanderError);
      expect((failure as CommanderError).exitCode).toBe(2);
      expect(io.err()).toMatch(says);
    }
  });

  it("refuses a count that is not a whole number in range before it connects to anything", async () => {
    for (const [args, says] of [
      [["status", "--dumps", "abc"], /--dumps "abc" is not a whole number from 1 to 1000/],
      [["status", "--dumps", "0"], /--dumps "0" is not a whole number from 1 to 1000/],
      [["worker", "--concurrency", "0"], /--concurrency "0" is not a whole number from 1 to 500/],
      [["worker", "--concurrency", "2.5"], /--concurrency "2\.5" is not a whole number/],
    ] as const) {
      const result = await runNewsdesk(...args);
      expect(result.code).toBe(2);
      expect(result.err()).toMatch(says);
    }
  });

  it("prints its version with --version or -V", async () => {
    expect(await help("--version")).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(await help("-V")).toBe(await help("--version"));
  });

  it("loads the named command for its run or its help, in its place", async () => {
    const program = createProgram(captureIo()).exitOverride();
    await program.parseAsync(["node", "newsdesk", "help", "parse"]).catch(() => undefined);
    expect(program.commands[0]?.name()).toBe("parse");
    expect(program.commands[0]?.options.map((option) => option.long)).toContain("--format");

    expect(await help("parse", "--help")).toContain("--format <format>");
    const digest = await help("digest", "--help");
    expect(digest).toMatch(/^ {2}build \[options\] +build the edition/m);
    expect(digest).toMatch(/^ {2}run \[options\] +run the digest/m);
    // The period the sender uses, not a sliding 24 hours.
    const build = (await help("digest", "build", "--help")).replace(/\s+/g, " ");
    expect(build).toContain("daily (the period from the last DIGEST_HOUR)");
  });
});
