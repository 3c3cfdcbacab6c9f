import { describe, expect, it } from "vitest";
import { checkDump } from "./check-dump.js";
import { DocumentFileError, EmptyDumpError, NotTextError } from "./errors.js";
import { parseDump } from "./parse-dump.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string) => new Uint8Array(Buffer.from(`\ufeff${text}`, "utf16le"));

describe("checkDump", () => {
  it("lets text through, whatever its encoding or script", () => {
    for (const input of [
      bytes("Harbour talks resume\n\nThe port of Ostend reopened."),
      bytes("\u041f\u043e\u0440\u0442 \u0437\u0430\u043a\u0440\u044b\u0442"),
      utf16("Harbour talks resume"),
      bytes('{"articles": []}'),
    ]) {
      expect(() => checkDump(input)).not.toThrow();
    }
  });

  it.each([
    ["no bytes", new Uint8Array()],
    ["spaces and blank lines", bytes("  \n\t\r\n  \n")],
    ["no-break spaces and a BOM", bytes("\ufeff\u00a0\n\u00a0 \n")],
    ["UTF-16 spaces", utf16("  \n \n")],
  ])("refuses %s as parseDump would: EmptyDumpError", (_name, input) => {
    expect(() => checkDump(input)).toThrow(EmptyDumpError);
    expect(() => parseDump(input)).toThrow(EmptyDumpError);
  });

  it.each([
    ["a PDF", bytes("%PDF-1.4\n1 0 obj\n<< >>\nendobj\n")],
    ["an RTF document", bytes("{\\rtf1\\ansi Harbour talks}")],
    ["a Word document", new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes("word/document.xml")])],
  ])("refuses %s: DocumentFileError", (_name, input) => {
    expect(() => checkDump(input)).toThrow(DocumentFileError);
  });

  it("refuses binary with no printable byte as the decoder does", () => {
    expect(() => checkDump(new Uint8Array([0, 1, 2, 3, 0xff]))).toThrow(NotTextError);
  });

  it("refuses binary with printable bytes among its controls as the decoder does", () => {
    // An image's header: a signature in letters, then sizes and flags in raw bytes.
    const image = new Uint8Array([
      0x89,
      ...bytes("PNG\r\n"),
      0x1a,
      0x0a,
      0,
      0,
      0,
      0x0d,
      ...bytes("IHDR"),
    ]);
    expect(() => checkDump(image)).toThrow(NotTextError);
    expect(() => parseDump(image)).toThrow(NotTextError);
  });
});
