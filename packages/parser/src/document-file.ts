import { DocumentFileError } from "./errors.js";

// What a document's first bytes say it is. PDFs and RTF files can be all ASCII (a PDF whose
// streams are not compressed), so the binary check alone would let them through to be parsed
// as text, into nothing.
const TEXT_SIGNATURES: [prefix: string, kind: string][] = [
  ["%PDF-", "a PDF document"],
  ["{\\rtf", "an RTF document"],
];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
// A ZIP's entry names are stored as they are: an Office or OpenDocument file names its parts
// within its first bytes.
const ZIP_DOCUMENTS: [marker: string, kind: string][] = [
  ["word/", "a Word document (.docx)"],
  ["application/vnd.oasis.opendocument.text", "an OpenDocument text (.odt)"],
];
const ZIP_SAMPLE = 65536;

/**
 * Throws DocumentFileError when the input is a PDF, RTF, Office (.doc, .docx) or OpenDocument
 * text file, which are answered "save it as plain text" rather than "binary data".
 */
export function rejectDocumentFile(input: Uint8Array | string): void {
  const kind = typeof input === "string" ? textDocumentKind(input) : documentKind(input);
  if (kind) throw new DocumentFileError(kind);
}

function textDocumentKind(text: string): string | null {
  for (const [prefix, kind] of TEXT_SIGNATURES) if (text.startsWith(prefix)) return kind;
  return null;
}

function documentKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, OLE_SIGNATURE)) return "an Office 97-2003 document (.doc, .xls, .ppt)";
  if (startsWith(bytes, ZIP_SIGNATURE)) {
    const head = Buffer.from(
      bytes.buffer,
      bytes.byteOffset,
      Math.min(bytes.byteLength, ZIP_SAMPLE),
    );
    for (const [marker, kind] of ZIP_DOCUMENTS) if (head.includes(marker, 0, "latin1")) return kind;
    return null;
  }
  for (const [prefix, kind] of TEXT_SIGNATURES)
    if (
      startsWith(
        bytes,
        [...prefix].map((c) => c.charCodeAt(0)),
      )
    )
      return kind;
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
