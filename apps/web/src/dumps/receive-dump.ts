import { type SubmittedDump, submitDump } from "@newsdesk/ingest";
import type { IngestPayload } from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import type { Queue } from "bullmq";
import { uploadName } from "./upload-name.js";

/** The parser's own limit (`DEFAULT_MAX_BYTES`): a larger dump would fail in the worker anyway. */
export const DEFAULT_MAX_DUMP_BYTES = 64 * 1024 * 1024;

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

/** The upload has no bytes (an empty body, or an empty file). */
export class EmptyDumpError extends DumpUploadError {
  override name = "EmptyDumpError";
  constructor() {
    super(400, "the dump is empty: send the file that holds the articles");
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
 * A dump from the web into the ingest queue, for `POST /api/dumps` and the admin page's form
 * alike: refuses an empty or non-text upload (a `DumpUploadError` with its status), then
 * `submitDump` (stored once by its bytes, then one ingest job).
 */
export async function receiveDump(
  deps: {
    store: Pick<Store, "registerDump" | "requeueFailedDump">;
    ingestQueue: Queue<IngestPayload>;
  },
  upload: DumpUpload,
  now = new Date(),
): Promise<SubmittedDump> {
  if (upload.content.byteLength === 0) throw new EmptyDumpError();
  if (!isTextDumpType(upload.type)) throw new NotTextDumpError(upload.type ?? "");
  return submitDump(deps, uploadName(upload.name, now), upload.content);
}
