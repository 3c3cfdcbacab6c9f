import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listOutbox, outboxFileName } from "./outbox-files.js";

describe("outboxFileName", () => {
  it("accepts the names the outbox writes", () => {
    expect(outboxFileName("edition-3.subscriber-9@news.example.org.eml")).toBe(
      "edition-3.subscriber-9@news.example.org.eml",
    );
    expect(outboxFileName("_x.eml")).toBe("_x.eml");
  });

  it("refuses traversal, separators, hidden files and other extensions", () => {
    for (const name of [
      "../secret.eml",
      "..%2Fsecret.eml",
      "a/../../etc/passwd",
      "/etc/passwd",
      "..\\x.eml",
      "a..b.eml",
      ".hidden.eml",
      "x.eml.partial",
      "admin-token",
      "x.eml\u0000",
      "",
    ]) {
      expect(outboxFileName(name), name).toBeUndefined();
    }
    expect(outboxFileName(undefined)).toBeUndefined();
  });
});

describe("listOutbox", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("lists .eml files newest first and skips everything else", async () => {
    dir = await mkdtemp(join(tmpdir(), "outbox-"));
    await writeFile(join(dir, "old.eml"), "a");
    await writeFile(join(dir, "new.eml"), "bb");
    await writeFile(join(dir, "new.eml.12.partial"), "half");
    await utimes(join(dir, "old.eml"), new Date(1_000_000), new Date(1_000_000));
    const files = await listOutbox(dir);
    expect(files.map((file) => [file.name, file.bytes])).toEqual([
      ["new.eml", 2],
      ["old.eml", 1],
    ]);
  });

  it("is empty when nothing was sent yet", async () => {
    expect(await listOutbox(join(tmpdir(), "no-such-outbox-folder"))).toEqual([]);
  });
});
