import { describe, expect, it } from "vitest";
import { DocumentFileError, NotTextError } from "./errors.js";
import { parseDump } from "./parse-dump.js";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "latin1")] : part)),
  );

// A PDF whose one page stream is not compressed: every byte of it is printable ASCII.
const TEXT_ONLY_PDF = [
  "%PDF-1.4",
  "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
  "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
  "3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj",
  "4 0 obj << /Length 52 >> stream",
  "BT /F1 12 Tf 72 712 Td (Harbour Reopens After Storm) Tj ET",
  "endstream endobj",
  "trailer << /Root 1 0 R >>",
  "%%EOF",
].join("\n");

describe("documents that are not plain text", () => {
  const documents: [string, Uint8Array | string, RegExp][] = [
    ["a text-only PDF", bytes(TEXT_ONLY_PDF), /a PDF document/],
    ["a text-only PDF as a string", TEXT_ONLY_PDF, /a PDF document/],
    ["an RTF file", bytes("{\\rtf1\\ansi Harbour Reopens After Storm\\par}"), /an RTF document/],
    [
      "a .docx",
      bytes("PK", [3, 4, 20, 0, 6, 0], "[Content_Types].xml", [0, 0], "word/document.xml"),
      /a Word document \(\.docx\)/,
    ],
    [
      "an .odt",
      bytes("PK", [3, 4, 10, 0, 0, 0], "mimetypeapplication/vnd.oasis.opendocument.text"),
      /an OpenDocument text/,
    ],
    ["a .doc", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /Office 97-2003/],
  ];
  for (const [name, input, kind] of documents) {
    it(`answers ${name} with "save it as plain text"`, () => {
      for (const format of ["auto", "text", "json"] as const) {
        let error: unknown;
        try {
          parseDump(input, { format });
        } catch (thrown) {
          error = thrown;
        }
        expect(error).toBeInstanceOf(DocumentFileError);
        expect((error as Error).message).toMatch(kind);
        expect((error as Error).message).toMatch(/save it as plain text \(\.txt\)/);
      }
    });
  }

  it("leaves other ZIP archives to the binary check", () => {
    expect(() => parseDump(bytes("PK", [3, 4, 20, 0], "photos/harbour.jpg"))).toThrow(NotTextError);
  });

  it("reads a text dump that only mentions a signature after its start", () => {
    const dump = "Printers Drop PDF Forms\n\nThe council said %PDF- files and {\\rtf files go.\n";
    expect(parseDump(dump).articles).toHaveLength(1);
  });
});
