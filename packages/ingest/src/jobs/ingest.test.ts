import type { Logger } from "@newsdesk/config";
import type { IngestPayload } from "@newsdesk/queue";
import type { Queue } from "bullmq";
import { UnrecoverableError } from "bullmq";
import { describe, expect, it, vi } from "vitest";
import { BadDumpError } from "../pipeline/pipeline-types.js";
import { handle, type IngestDeps, ingestHandler, isRefusedDump } from "./ingest.js";

const dump = { id: 7, name: "picture.png", status: "queued" };

function deps(parse: IngestDeps["parse"]) {
  const store = {
    getDump: vi.fn(async () => dump),
    getDumpContent: vi.fn(async () => new Uint8Array([1, 2, 3])),
    markDumpParsing: vi.fn(async () => {}),
    failDump: vi.fn(async () => {}),
    saveParsedDump: vi.fn(),
    unclassifiedArticleIds: vi.fn(async () => []),
  };
  return { store, classifyQueue: {} as Queue, parse, log: quietLog() } as unknown as IngestDeps & {
    store: typeof store;
  };
}

function quietLog() {
  return { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

const payload = { dumpId: 7 } as IngestPayload;

describe("the ingest job on an unusable dump", () => {
  it("records why and fails for good, marked as the dump's fault", async () => {
    const refused = new BadDumpError("NotTextError: not a text dump: byte 5 is binary data.");
    const d = deps(async () => Promise.reject(refused));
    const failure = await handle(payload, d).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnrecoverableError);
    expect((failure as Error).message).toBe(refused.message);
    expect(isRefusedDump(failure)).toBe(true);
    expect(d.store.failDump).toHaveBeenCalledWith(7, refused.message);
  });

  it("logs a refused dump as one warning without a stack, and anything else as an error", async () => {
    const handler = ingestHandler(deps(vi.fn()));
    const refusal = new UnrecoverableError("the dump is empty");
    refusal.cause = new BadDumpError("the dump is empty");
    const log = quietLog();
    const context = { log: log as unknown as Logger, job: {} as never };
    await handler.failed?.(payload, refusal.message, { ...context, error: refusal });
    expect(log.warn).toHaveBeenCalledWith(
      { dumpId: 7, reason: "the dump is empty" },
      "dump refused",
    );
    expect(log.error).not.toHaveBeenCalled();

    const bug = new TypeError("cannot read properties of undefined");
    await handler.failed?.(payload, bug.message, { ...context, error: bug });
    expect(log.error).toHaveBeenCalledWith({ dumpId: 7, err: bug }, "dump failed");
  });
});
