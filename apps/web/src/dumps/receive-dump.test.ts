import { describe, expect, it } from "vitest";
import { isTextDumpType } from "./receive-dump.js";

describe("isTextDumpType", () => {
  it("takes what the parser reads, and files a client could not name", () => {
    for (const type of [
      undefined,
      "",
      "text/plain",
      "text/plain; charset=windows-1252",
      "Application/JSON",
      "application/x-ndjson",
      "application/ld+json",
      "application/octet-stream",
    ]) {
      expect(isTextDumpType(type), String(type)).toBe(true);
    }
  });

  it("refuses files that declare themselves as something else", () => {
    for (const type of ["image/png", "application/pdf", "application/zip", "video/mp4"]) {
      expect(isTextDumpType(type), type).toBe(false);
    }
  });
});
