import { describe, expect, it } from "vitest";
import { redactUrl } from "./redact-url.js";

describe("redactUrl", () => {
  it("hides the password and keeps the rest", () => {
    expect(redactUrl("postgres://desk:hunter2@db.example:5432/news")).toBe(
      "postgres://desk:***@db.example:5432/news",
    );
    expect(redactUrl("redis://127.0.0.1:6379")).toBe("redis://127.0.0.1:6379");
  });

  it("shows nothing of a URL it cannot read", () => {
    expect(redactUrl("not a url :secret@")).toBe("(unparseable URL)");
  });
});
