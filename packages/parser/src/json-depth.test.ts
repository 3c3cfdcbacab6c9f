import { describe, expect, it } from "vitest";
import { JsonTooDeepError } from "./errors.js";
import { MAX_JSON_DEPTH, tooDeepAt } from "./json-depth.js";
import { parseDump } from "./parse-dump.js";

const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

describe("tooDeepAt", () => {
  it("finds the bracket that opens one level too many", () => {
    expect(tooDeepAt(nested(3), 3)).toBe(-1);
    expect(tooDeepAt(nested(4), 3)).toBe(3);
    expect(tooDeepAt('{"a": [{"b": {}}]}', 3)).toBe(13);
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    expect(tooDeepAt('["[[[[", "\\"[[[[", "\\\\"]', 2)).toBe(-1);
    expect(tooDeepAt('["\\\\", [[]]]', 2)).toBe(8);
  });

  it("scans malformed JSON as far as it goes", () => {
    expect(tooDeepAt('["unclosed [[[[', 1)).toBe(-1);
    expect(tooDeepAt("]]]][[", 1)).toBe(5);
  });
});

describe("JSON nested deeper than a dump nests", () => {
  it("is refused with JsonTooDeepError, not a stack overflow", () => {
    const error = (() => {
      try {
        parseDump(nested(100_000));
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(JsonTooDeepError);
    expect(error).toMatchObject({ line: 1, column: MAX_JSON_DEPTH + 1, limit: MAX_JSON_DEPTH });
    expect((error as Error).message).toMatch(/nested more than 256 levels deep at line 1/);
  });

  it("is refused in NDJSON too, naming the line", () => {
    const ndjson = `{"title": "A", "body": "B"}\n{"x": ${nested(100_000)}}\n`;
    expect(() => parseDump(ndjson, { format: "ndjson" })).toThrow(/at line 2, column 262:/);
  });

  it("reads a dump nested to the limit", () => {
    const article = '{"title": "Harbour Reopens", "body": "Ferries resumed on Monday."}';
    const deep = `${"[".repeat(MAX_JSON_DEPTH - 1)}${article}${"]".repeat(MAX_JSON_DEPTH - 1)}`;
    expect(() => parseDump(deep, { format: "json" })).not.toThrow();
  });
});
