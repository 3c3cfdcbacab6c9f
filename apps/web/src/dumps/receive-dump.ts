import { formatBytes } from "@newsdesk/config";
import { type SubmittedDump, submitDump } from "@newsdesk/ingest";
import { checkDump, DEFAULT_MAX_BYTES, DumpError } from "@newsdesk/parser";
import type { IngestPayload } from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import type { Queue } from "bullmq";
import { uploadName } from "./upload-name.js";

/** The parser's own limit (`DEFAULT_MAX_BYTES`): a larger dump would fail in the worker anyway. */
export const DEFAULT_MAX_DUMP_BYTES = DEFAULT_MAX_BYTES;

/**
 * What to do with a dump over the upload limit: split it; raising MAX_DUMP_BYTES helps only
 * while it is under the parser's own limit, which the environment does not let it pass.
 */
export function tooLargeAdvice(limit: number): string {
  return limit < DEFAULT_MAX_BYTES
    ? `split it into smaller files, or raise MAX_DUMP_BYTES (up to ${formatBytes(DEFAULT_MAX_BYTES)})`
    : "split it into smaller files";
}

/** A dump as the web got it: the client's file name and type, if it sent them, and its bytes. */
export interface DumpUpload {
  name: string | undefined;
  /** The part's or body's Content-Type; undefined when none was sent. */
  type: string | undefined;
  content: Uint8Array;
}

/** Errors that are the upload's fault: each carries the status the API and the form answer with. */
export class DumpUploadError extends Error {
  override name = "DumpUploadError";
  constructor(
    readonly statusCode: 400 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** The upload declares itself as something other than text (an image, a PDF, an archive...). */
export class NotTextDumpError extends DumpUploadError {
  override name = "NotTextDumpError";
  constructor(readonly type: string) {
    super(
      415,
      `a ${type} file is not a text dump: export the articles as plain text, JSON or NDJSON (.txt, .json, .ndjson) and send that`,
    );
  }
}

// What the parser reads (text, JSON, NDJSON), and what clients call a file they cannot name.
const TEXT_TYPES = new Set([
  "application/octet-stream",
  "application/json",
  "application/x-ndjson",
  "application/ndjson",
  "application/jsonl",
  "application/x-jsonlines",
]);

/** Whether a declared Content-Type can be a dump; no type at all can. */
export function isTextDumpType(type: string | undefined): boolean {
  const essence = (type ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return (
    essence === "" ||
    essence.startsWith("text/") ||
    essence.endsWith("+json") ||
    TEXT_TYPES.has(essence)
  );
}

/**
 * The status an upload's refusal answers with: 400 for the parser's own (`DumpError`: empty,
 * a document file...), a `DumpUploadError`'s, else Fastify's (413, 415...), else 500.
 */
export function uploadErrorStatus(error: { statusCode?: number | undefined }): number {
  if (error instanceof DumpError) return 400;
  return error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
}

/**
 * A dump from the web into the ingest queue, for `POST /api/dumps` and the admin page's form
 * alike: refuses what the parser would (`checkDump`: the parser's `EmptyDumpError` for no
 * text, `DocumentFileError` for a PDF, RTF or Word file) and a non-text declared type
 * (`NotTextDumpError`, 415), then `submitDump` (stored once by its bytes, then one ingest job).
 */
export async function receiveDump(
  deps: {
    store: Pick<Store, "registerDump" | "requeueFailedDump">;
    ingestQueue: Queue<IngestPayload>;
  },
  upload: DumpUpload,
  now = new Date(),
): Promise<SubmittedDump> {
  checkDump(upload.content);
  if (!isTextDumpType(upload.type)) throw new NotTextDumpError(upload.type ?? "");
  return submitDump(deps, uploadName(upload.name, now), upload.content);
}
