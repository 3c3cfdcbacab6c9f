import { describe, expect, it } from "vitest";
import { DEFAULT_NEXT_PATH, safeNextPath, UnsafeNextPathError } from "./safe-next-path.js";

describe("safeNextPath", () => {
  it.each([
    ["/outbox", "/outbox"],
    ["/admin", "/admin"],
    ["/", "/"],
    ["/outbox/confirm-1%40news.example.org.eml", "/outbox/confirm-1%40news.example.org.eml"],
    ["/preview?regions=europe&beats=labour#html", "/preview?regions=europe&beats=labour#html"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("returns to this site's own path %j", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([undefined, ""])("goes to the admin page when no path is given (%j)", (next) => {
    expect(safeNextPath(next)).toBe(DEFAULT_NEXT_PATH);
  });

  it.each([
    ["another host", "//evil.example/x"],
    ["a scheme", "https://evil.example"],
    ["a scheme without slashes", "javascript:alert(1)"],
    ["a relative path", "outbox"],
    ["a backslash", "/\\evil.example"],
    ["a backslash later on", "/outbox\\..\\x"],
    ["a tab", "/\t/evil.example"],
    ["a newline", "/\n/evil.example"],
    ["CR/LF", "/admin\r\nSet-Cookie: x=1"],
    ["a space", "/ /evil.example"],
    ["a NUL", "/\u0000"],
    ["DEL", "/\u007f/evil.example"],
    ["non-ASCII", "/caf\u00e9"],
    ["a full-width solidus", "/\uff0fevil.example"],
    ["a doubled slash after a dot segment", "/.//evil.example"],
    ["a doubled slash later on", "/outbox//evil.example"],
    ["a very long path", `/${"a".repeat(2048)}`],
    ["several values", ["/outbox", "/admin"]],
    ["a number", 42],
  ])("refuses %s with a 400 error", (_name, next) => {
    expect(() => safeNextPath(next)).toThrow(UnsafeNextPathError);
    try {
      safeNextPath(next);
    } catch (error) {
      expect((error as UnsafeNextPathError).statusCode).toBe(400);
    }
  });
});
