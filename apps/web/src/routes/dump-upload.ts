import fastifyMultipart, { type MultipartFile, type MultipartValue } from "@fastify/multipart";
import { formatBytes } from "@newsdesk/config";
import { DumpError } from "@newsdesk/parser";
import type { Queues } from "@newsdesk/queue";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { DeskAuth } from "../admin/desk-auth.js";
import { LOW_BOUNDARY_CONFIDENCE } from "../desk/boundary-confidence.js";
import { dumpListItem } from "../desk/dump-views.js";
import {
  DEFAULT_MAX_DUMP_BYTES,
  type DumpUpload,
  NotTextDumpError,
  receiveDump,
  tooLargeAdvice,
  uploadErrorStatus,
} from "../dumps/receive-dump.js";
import { receivedMessage } from "../dumps/received-message.js";
import type { WebDeps } from "../web-deps.js";

/** Where the admin page's upload form posts, and the list of dumps with the form. */
const DUMP_UPLOAD_PATH = "/admin/dumps";

/** The form once read: the CSRF token where @fastify/csrf-protection looks for it, and the file. */
interface UploadForm {
  _csrf?: string | undefined;
  /** Undefined when no file was chosen. */
  dump?: DumpUpload | undefined;
}

/** What the page shows: a received dump, or what went wrong and what to do about it. */
interface UploadPage {
  signedIn: boolean;
  /** The list shown above the form on `GET`. */
  dumps?: ReturnType<typeof dumpListItem>[];
  problem?: string;
  received?: {
    id: number;
    name: string;
    size: string;
    status: string;
    message: string;
    statusUrl: string;
  };
}

/**
 * `POST /admin/dumps`: the admin page's upload form (`GET` shows it alone), for a signed-in
 * editor's browser (a plain multipart post, CSRF-checked, no script needed). The dump goes the
 * way of `POST /api/dumps` (`receiveDump`); the answer is a page: where to follow the dump, or
 * why it was not received and what to do next (the API's 400, 413 and 415 as pages, with the
 * form to try again).
 */
export async function dumpUploadRoutes(
  app: FastifyInstance,
  deps: Pick<WebDeps, "store" | "maxDumpBytes"> & { queues: Queues; desk: DeskAuth },
): Promise<void> {
  const limit = deps.maxDumpBytes ?? DEFAULT_MAX_DUMP_BYTES;

  const page = (reply: FastifyReply, status: number, view: UploadPage) =>
    reply.code(status).view("dump-upload.hbs", {
      title: view.received ? "Dump received" : view.problem ? "Dump not received" : "Dumps",
      wide: view.dumps !== undefined,
      csrfToken: reply.generateCsrf(),
      maxDumpSize: formatBytes(limit),
      ...view,
    });

  const allowed = deps.desk.require("uploadDumps");
  app.addHook("onRequest", async (request, reply) => {
    if (request.method !== "POST" || (await deps.desk.identify(request))) {
      return allowed(request, reply);
    }
    // Refused before the body is read; said on a page, not dropped on the way to the sign-in form.
    request.log.warn("dump upload refused: not signed in");
    return page(reply, 401, {
      signedIn: false,
      problem:
        "You are not signed in (a sign-in lasts 12 hours), so the dump was not received. Sign in, then upload it again.",
    });
  });
  // Only the form's own encoding: anything else is a 415 page, not a half-read body.
  app.removeAllContentTypeParsers();
  // The file is read whole (up to the limit) before the CSRF check: only a signed-in admin gets
  // this far, and their cookie is SameSite=Strict.
  await app.register(fastifyMultipart, {
    attachFieldsToBody: true,
    limits: { fileSize: limit, files: 1, fields: 10 },
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = uploadErrorStatus(error);
    if (status >= 500) request.log.error({ err: error }, "dump upload failed");
    else request.log.warn({ code: error.code, status }, "dump upload refused");
    return page(reply, status, { signedIn: true, problem: problemMessage(error, status, limit) });
  });

  // The list of dumps above the form: a click leads to each dump's articles (`desk-dumps.ts`).
  app.get(DUMP_UPLOAD_PATH, async (_request, reply) =>
    page(reply, 200, {
      signedIn: true,
      dumps: (await deps.store.listDeskDumps({ lowConfidenceBelow: LOW_BOUNDARY_CONFIDENCE })).map(
        dumpListItem,
      ),
    }),
  );

  app.post(
    DUMP_UPLOAD_PATH,
    { preHandler: [readUploadForm, app.csrfProtection] },
    async (request, reply) => {
      const { dump } = request.body as UploadForm;
      if (!dump) {
        return page(reply, 400, {
          signedIn: true,
          problem:
            "No file was chosen, so nothing was uploaded. Choose the dump file (.txt, .json or .ndjson), then upload it.",
        });
      }
      const submitted = await receiveDump(
        { store: deps.store, ingestQueue: deps.queues.ingest },
        dump,
      );
      const { id, name, status } = submitted.dump;
      request.log.info(
        { dumpId: id, bytes: dump.content.byteLength, queued: submitted.queued },
        "dump uploaded with the form",
      );
      return page(reply, 200, {
        signedIn: true,
        received: {
          id,
          name,
          size: formatBytes(dump.content.byteLength),
          status,
          statusUrl: `/api/dumps/${id}`,
          message: receivedMessage(submitted),
        },
      });
    },
  );
}

/** What the editor reads when an upload is refused: what happened, then what to do. */
function problemMessage(error: FastifyError, status: number, limit: number): string {
  // The parser's own refusal (empty, a PDF or Word file...) says what to do.
  if (error instanceof DumpError) return `The file was not received: ${error.message}`;
  if (error instanceof NotTextDumpError) {
    return `That is a ${error.type} file, not a text dump, so it was not received. Export the articles as plain text, JSON or NDJSON (.txt, .json, .ndjson) and upload that.`;
  }
  switch (error.code) {
    case "FST_REQ_FILE_TOO_LARGE":
      return `The file is over the ${formatBytes(limit)} upload limit, so it was not received: ${tooLargeAdvice(limit)}, and upload each.`;
    case "FST_FILES_LIMIT":
    case "FST_FIELDS_LIMIT":
    case "FST_PARTS_LIMIT":
      return "The form held more than one file, so nothing was received. Upload one dump at a time.";
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "The upload did not come from this form (multipart/form-data), so no file was received. Upload it with the form below, or from a script with POST /api/dumps.";
    case "FST_CSRF_MISSING_SECRET":
    case "FST_CSRF_INVALID_TOKEN":
      return "The form had expired or came from another page, so the dump was not received. Choose the file again and upload it from this page.";
  }
  if (status >= 500) {
    return "The dump could not be queued, so it was not received. Try again in a minute; if it keeps failing, check that Redis is up (/healthz).";
  }
  return `The upload could not be read (${error.message}), so the dump was not received. Choose the file again and upload it.`;
}

/**
 * A preHandler that turns the multipart fields into what the CSRF check and the handler read:
 * the token as a string and the file as a `DumpUpload` (none when the browser sent an empty,
 * nameless part: no file chosen).
 */
async function readUploadForm(request: FastifyRequest): Promise<void> {
  const fields = (request.isMultipart() ? request.body : undefined) as
    | Record<string, MultipartFile | MultipartValue | undefined>
    | undefined;
  const token = fields?._csrf;
  const file = fields?.dump;
  const content = file?.type === "file" ? new Uint8Array(await file.toBuffer()) : undefined;
  const form: UploadForm = {
    _csrf: token?.type === "field" && typeof token.value === "string" ? token.value : undefined,
    dump:
      file?.type === "file" && content && (file.filename || content.byteLength > 0)
        ? { name: file.filename, type: file.mimetype, content }
        : undefined,
  };
  request.body = form;
}
