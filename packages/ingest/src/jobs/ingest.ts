import type { Logger } from "@newsdesk/config";
import {
  type ClassifyPayload,
  enqueueClassify,
  type IngestPayload,
  ingestJob,
  jobHandler,
} from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import { type Queue, UnrecoverableError } from "bullmq";
import type { CpuWork } from "../cpu/cpu-work.js";
import { BadDumpError, type ParseFn } from "../pipeline/pipeline-types.js";

export interface IngestDeps {
  store: Pick<
    Store,
    | "getDump"
    | "getDumpContent"
    | "markDumpParsing"
    | "failDump"
    | "saveParsedDump"
    | "unclassifiedArticleIds"
  >;
  classifyQueue: Queue<ClassifyPayload>;
  /** Parses off the event loop that renews the job's lock (see `createCpuPool`). */
  parse: CpuWork["parse"];
  log: Logger;
}

export interface IngestResult {
  articles: number;
  inserted: number;
  known: number;
  /** Classify jobs queued (articles of the dump without labels yet). */
  queued: number;
}

/**
 * dump id -> parse -> its articles upserted in one transaction -> classify jobs queued in bulk
 * with deterministic ids. Safe to run again after a crash at any point: nothing is doubled.
 */
export async function handle(data: IngestPayload, deps: IngestDeps): Promise<IngestResult> {
  const { store, log } = deps;
  const dump = await store.getDump(data.dumpId);
  if (!dump) throw new UnrecoverableError(`dump ${data.dumpId} is not in the store`);

  let result: Omit<IngestResult, "queued">;
  if (dump.status === "parsed") {
    // An earlier try stored the articles and died before queuing all of their classify jobs.
    result = {
      articles: dump.articleCount ?? 0,
      inserted: dump.newCount ?? 0,
      known: dump.knownCount ?? 0,
    };
  } else {
    const content = await store.getDumpContent(data.dumpId);
    if (!content) throw new UnrecoverableError(`dump ${data.dumpId} has no content`);
    await store.markDumpParsing(data.dumpId);
    let parsed: ReturnType<ParseFn>;
    const started = performance.now();
    try {
      parsed = await deps.parse(content);
    } catch (error) {
      if (!(error instanceof BadDumpError)) throw error;
      await store.failDump(data.dumpId, error.message);
      // The cause tells `failed` the dump itself is at fault (no bug, no stack to log).
      const refusal = new UnrecoverableError(error.message);
      refusal.cause = error;
      throw refusal;
    }
    const parsedAt = performance.now();
    const saved = await store.saveParsedDump(data.dumpId, parsed.articles, parsed.warnings.length);
    result = { articles: saved.articleIds.length, inserted: saved.inserted, known: saved.known };
    log.info(
      {
        dumpId: data.dumpId,
        articles: result.articles,
        inserted: result.inserted,
        warnings: parsed.warnings.length,
        parseMs: Math.round(parsedAt - started),
        saveMs: Math.round(performance.now() - parsedAt),
      },
      "dump parsed",
    );
  }
  const ids = await store.unclassifiedArticleIds(data.dumpId);
  const queued = await enqueueClassify(deps.classifyQueue, ids);
  return { ...result, queued };
}

/** Whether a job failed because `handle` refused its dump as unusable input. */
export function isRefusedDump(error: unknown): boolean {
  return error instanceof Error && error.cause instanceof BadDumpError;
}

/** The `ingest` job: runs `handle`, and marks a dump that failed for good `failed`, with why. */
export function ingestHandler(deps: Omit<IngestDeps, "log">) {
  return jobHandler({
    job: ingestJob,
    async run(data, { log }) {
      const result = await handle(data, { ...deps, log });
      log.info({ dumpId: data.dumpId, ...result }, "dump ingested");
      return result;
    },
    async failed(data, reason, { log, error }) {
      await deps.store.failDump(data.dumpId, reason);
      // An unusable dump (binary, malformed...) is the input's fault and says why: one warning
      // line, not an error with a stack in the terminal of `newsdesk ingest --wait`.
      if (isRefusedDump(error)) log.warn({ dumpId: data.dumpId, reason }, "dump refused");
      else log.error({ dumpId: data.dumpId, err: error ?? reason }, "dump failed");
    },
  });
}
