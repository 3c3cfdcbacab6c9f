import { describe, expect, it } from "vitest";
import { messageFileName, messageIdFor } from "./message-id.js";

describe("messageIdFor / messageFileName", () => {
  it("is deterministic per (edition, subscriber) and names a safe file", () => {
    const id = messageIdFor(12, 345, "news.example.org");
    expect(id).toBe("<edition-12.subscriber-345@news.example.org>");
    expect(messageIdFor(12, 345, "news.example.org")).toBe(id);
    expect(messageIdFor(12, 346, "news.example.org")).not.toBe(id);
    expect(messageFileName(id)).toBe("edition-12.subscriber-345@news.example.org.eml");
    expect(messageFileName("<../../etc/passwd>")).toBe("_.._.._etc_passwd.eml");
  });
});
