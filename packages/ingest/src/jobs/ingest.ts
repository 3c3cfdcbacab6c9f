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
  parse: ParseFn;
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
      parsed = deps.parse(content);
    } catch (error) {
      if (!(error instanceof BadDumpError)) throw error;
      await store.failDump(data.dumpId, error.message);
      throw new UnrecoverableError(error.message);
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
      log.error({ dumpId: data.dumpId, err: error ?? reason }, "dump failed");
    },
  });
}
