import { DEFAULT_MAX_BYTES, decodeDump, isBinaryCode } from "./decode.js";
import { rejectDocumentFile } from "./document-file.js";
import { EmptyDumpError } from "./errors.js";

/**
 * What a receiver (the web upload) can tell of a dump before queuing it, in microseconds for
 * any real dump: a document file (PDF, RTF, Word, OpenDocument) throws `DocumentFileError`,
 * and no text at all (no bytes, or only blank lines and spaces) `EmptyDumpError`, the same
 * errors `parseDump` would throw later in the worker. Input with no printable ASCII byte
 * (blank, UTF-16, a script with no Latin letter, binary) or with a control byte in its first
 * 8 KiB (UTF-16, binary with some printable bytes) is decoded to tell, so it may also throw the
 * decoder's `NotTextError` or `DumpTooLargeError`.
 */
export function checkDump(input: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): void {
  rejectDocumentFile(input);
  // Almost every dump has a letter among its first bytes (the first loop ends there) and no
  // control byte among its first 8 KiB, where images, archives and executables have several.
  const head = input.subarray(0, CONTROL_SCAN_BYTES);
  if (input.some((byte) => byte > 0x20 && byte < 0x7f) && !head.some(isBinaryCode)) return;
  if (decodeDump(input, maxBytes).text.trim() === "") throw new EmptyDumpError();
}

/** How far into a dump `checkDump` looks for a control byte before it decodes the whole. */
const CONTROL_SCAN_BYTES = 8192;
