import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES } from "./decode.js";
import {
  DocumentFileError,
  DumpError,
  DumpTooLargeError,
  EmptyDumpError,
  JsonTooDeepError,
  MalformedJsonError,
  NotTextError,
} from "./errors.js";

describe("errors", () => {
  it("are DumpErrors with their own names", () => {
    const errors = [
      new NotTextError(3),
      new DumpTooLargeError(20, 10),
      new MalformedJsonError(2, 5, "expected a value"),
      new EmptyDumpError(),
      new DocumentFileError("a PDF document"),
      new JsonTooDeepError(1, 257, 256),
    ];
    expect(errors.map((e) => e.name)).toEqual([
      "NotTextError",
      "DumpTooLargeError",
      "MalformedJsonError",
      "EmptyDumpError",
      "DocumentFileError",
      "JsonTooDeepError",
    ]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(DumpError);
      expect(error).toBeInstanceOf(Error);
    }
  });

  it("say what is wrong and what to do next", () => {
    expect(new NotTextError(7).message).toBe(
      "not a text dump: byte 7 is binary data. Export the articles as plain text, JSON or NDJSON and try again.",
    );
    expect(new MalformedJsonError(4, 16, "unexpected character").message).toBe(
      "malformed JSON at line 4, column 16: unexpected character. Fix the file, or pass --format text to read it as plain text.",
    );
    expect(new DumpTooLargeError(11, 10).message).toMatch(
      /^dump is 11 bytes, over the 10 bytes limit: split it/,
    );
    expect(new DumpTooLargeError(11, 10, false).message).toMatch(
      /^dump is larger than the 10 bytes limit: split it/,
    );
    expect(new EmptyDumpError().message).toMatch(/^the dump is empty .*Check that you chose/);
    expect(new DocumentFileError("an RTF document").message).toBe(
      "not a text dump: this is an RTF document. Open it and save it as plain text (.txt), or export the articles as JSON or NDJSON, and try again.",
    );
    expect(new JsonTooDeepError(3, 9, 256).message).toMatch(
      /^JSON nested more than 256 levels deep at line 3, column 9: .*pass --format text/,
    );
  });

  it("print sizes in KiB and MiB", () => {
    const error = new DumpTooLargeError(70 * 1024 * 1024, DEFAULT_MAX_BYTES);
    expect(error.message).toContain("dump is 70.0 MiB, over the 64.0 MiB limit");
    expect(error).toMatchObject({ size: 70 * 1024 * 1024, limit: DEFAULT_MAX_BYTES });
    expect(new DumpTooLargeError(1536, 1024).message).toContain("1.5 KiB, over the 1.0 KiB limit");
    expect(new DumpTooLargeError(3 * 2 ** 30, DEFAULT_MAX_BYTES).message).toContain("3.0 GiB");
  });
});
