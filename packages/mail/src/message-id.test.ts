import { describe, expect, it } from "vitest";
import { InvalidMessageTokenError } from "./errors.js";
import { messageFileName, messageIdFor, newMessageToken } from "./message-id.js";

describe("newMessageToken / messageIdFor / messageFileName", () => {
  it("gives each delivery a random token that keeps its id across retries", () => {
    const token = newMessageToken();
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    const id = messageIdFor(12, 345, "news.example.org", token);
    expect(id).toBe(`<edition-12.subscriber-345.${token}@news.example.org>`);
    // A retry passes the stored token again: same id.
    expect(messageIdFor(12, 345, "news.example.org", token)).toBe(id);
    expect(messageFileName(id)).toBe(`edition-12.subscriber-345.${token}@news.example.org.eml`);
  });

  it("never repeats an id, even for edition 1 to subscriber 1 of two fresh installs", () => {
    const ids = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      ids.add(messageIdFor(1, 1, "newsdesk.localhost", newMessageToken()));
    }
    expect(ids.size).toBe(10_000);
  });

  it("refuses a token that is not one newMessageToken made", () => {
    for (const bad of ["", "abc", "ABCDEF0123456789ABCDEF0123456789", `${"a".repeat(31)}>`]) {
      expect(() => messageIdFor(1, 1, "news.example.org", bad)).toThrow(InvalidMessageTokenError);
    }
  });

  it("keeps the deprecated deterministic form without a token, and names safe files", () => {
    const id = messageIdFor(12, 345, "news.example.org");
    expect(id).toBe("<edition-12.subscriber-345@news.example.org>");
    expect(messageFileName(id)).toBe("edition-12.subscriber-345@news.example.org.eml");
    expect(messageFileName("<../../etc/passwd>")).toBe("_.._.._etc_passwd.eml");
  });
});
