import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES } from "./decode.js";
import { DumpError, DumpTooLargeError, MalformedJsonError, NotTextError } from "./errors.js";

describe("errors", () => {
  it("are DumpErrors with their own names", () => {
    const errors = [
      new NotTextError(3),
      new DumpTooLargeError(20, 10),
      new MalformedJsonError(2, 5, "expected a value"),
    ];
    expect(errors.map((e) => e.name)).toEqual([
      "NotTextError",
      "DumpTooLargeError",
      "MalformedJsonError",
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
  });

  it("print sizes in KiB and MiB", () => {
    const error = new DumpTooLargeError(70 * 1024 * 1024, DEFAULT_MAX_BYTES);
    expect(error.message).toContain("dump is 70.0 MiB, over the 64.0 MiB limit");
    expect(error).toMatchObject({ size: 70 * 1024 * 1024, limit: DEFAULT_MAX_BYTES });
    expect(new DumpTooLargeError(1536, 1024).message).toContain("1.5 KiB, over the 1.0 KiB limit");
  });
});
