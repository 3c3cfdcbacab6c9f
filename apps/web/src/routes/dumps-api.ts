import fastifyMultipart from "@fastify/multipart";
import { formatBytes } from "@newsdesk/config";
import type { Queues } from "@newsdesk/queue";
import type { FastifyError, FastifyInstance, FastifyRequest } from "fastify";
import type { DeskAuth } from "../admin/desk-auth.js";
import {
  DEFAULT_MAX_DUMP_BYTES,
  type DumpUpload,
  receiveDump,
  tooLargeAdvice,
  uploadErrorStatus,
} from "../dumps/receive-dump.js";
import { parseIdParam } from "../id-param.js";
import type { WebDeps } from "../web-deps.js";

const RAW_TYPES = ["text/plain", "application/octet-stream"];

/**
 * `POST /api/dumps`: a dump into the ingest queue, the way `newsdesk ingest`, the inbox folder
 * and the admin page's form do it (`receiveDump`: stored once by its bytes, then one ingest
 * job); 202 with the dump's id and where to follow it, `GET /api/dumps/:id`. The body is the
 * dump itself (text/plain or application/octet-stream, named by `?name=`) or a multipart
 * form's file (refused, 415, if it says it is not text). Both need the admin token as a
 * bearer token.
 */
export async function dumpsApiRoutes(
  app: FastifyInstance,
  deps: Pick<WebDeps, "store" | "maxDumpBytes"> & { queues: Queues; desk: DeskAuth },
): Promise<void> {
  const limit = deps.maxDumpBytes ?? DEFAULT_MAX_DUMP_BYTES;
  // Checked before the body is read: a stranger's upload is refused without reading it.
  app.addHook("onRequest", deps.desk.require("uploadDumps", { api: true }));
  // The body stays bytes: the parser decodes it (UTF-8, UTF-16, Windows-1252) as it does files.
  app.removeAllContentTypeParsers();
  await app.register(fastifyMultipart, { limits: { fileSize: limit, files: 1 } });
  app.addContentTypeParser(
    RAW_TYPES,
    { parseAs: "buffer", bodyLimit: limit },
    (_request, body, done) => done(null, body),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = uploadErrorStatus(error);
    if (status >= 500) request.log.error({ err: error }, "dump upload failed");
    const message =
      error.code === "FST_ERR_CTP_BODY_TOO_LARGE" || error.code === "FST_REQ_FILE_TOO_LARGE"
        ? `the dump is over the ${formatBytes(limit)} upload limit: ${tooLargeAdvice(limit)}`
        : error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE"
          ? `send the dump as text/plain, application/octet-stream or multipart/form-data, not ${request.headers["content-type"] ?? "no content type"}`
          : status >= 500
            ? "the dump could not be queued: try again in a minute (is Redis up? see /healthz)"
            : error.message;
    return reply.code(status).send({ error: message, status });
  });

  app.post("/api/dumps", { bodyLimit: limit }, async (request, reply) => {
    const { name } = request.query as { name?: string };
    const upload: DumpUpload = request.isMultipart()
      ? ((await multipartFile(request)) ?? { name, type: undefined, content: new Uint8Array() })
      : {
          name,
          type: request.headers["content-type"],
          content: new Uint8Array((request.body as Buffer | undefined) ?? []),
        };
    const submitted = await receiveDump(
      { store: deps.store, ingestQueue: deps.queues.ingest },
      upload,
    );
    const statusUrl = `/api/dumps/${submitted.dump.id}`;
    request.log.info(
      { dumpId: submitted.dump.id, bytes: upload.content.byteLength, queued: submitted.queued },
      "dump uploaded",
    );
    return reply
      .code(202)
      .header("location", statusUrl)
      .send({
        id: submitted.dump.id,
        name: submitted.dump.name,
        status: submitted.dump.status,
        created: submitted.created,
        queued: submitted.queued,
        // A failed dump sent again is tried again: why it failed, since it may fail the same way.
        failedBefore: submitted.failedBefore ?? null,
        statusUrl,
      });
  });

  app.get("/api/dumps/:id", async (request, reply) => {
    const id = parseIdParam(request.params);
    const dump = id === undefined ? undefined : await deps.store.getDump(id);
    if (!dump) return reply.code(404).send({ error: "no dump with that id", status: 404 });
    const progress = await deps.store.dumpProgress([dump.id]);
    return {
      id: dump.id,
      name: dump.name,
      bytes: dump.bytes,
      status: dump.status,
      error: dump.error,
      articles: progress.articles,
      classified: progress.classified,
      classifyFailed: progress.classifyFailed,
      new: dump.newCount,
      known: dump.knownCount,
      createdAt: dump.createdAt,
      finishedAt: dump.finishedAt,
    };
  });
}

/** The form's file (the first part with one); undefined when the form has none. */
async function multipartFile(request: FastifyRequest): Promise<DumpUpload | undefined> {
  const file = await request.file();
  if (!file) return undefined;
  return {
    name: file.filename || file.fieldname,
    type: file.mimetype,
    content: new Uint8Array(await file.toBuffer()),
  };
}
