import { enqueueIngest, type IngestPayload, ingestJob } from "@newsdesk/queue";
import type { DumpRow, Store } from "@newsdesk/store";
import type { Queue } from "bullmq";

export interface SubmittedDump {
  dump: DumpRow;
  /** False when the same bytes were registered before. */
  created: boolean;
  /** False when there was nothing to do: the dump was already parsed. */
  queued: boolean;
  /** Why the dump failed before, when it failed and is now tried again. */
  failedBefore?: string;
}

/**
 * Registers a dump's bytes in the store and queues its ingest job: the one way in for the CLI,
 * the inbox folder and the web API. The same bytes twice are one dump and one job. A dump that
 * failed is tried once more when submitted again (the parser may have been fixed since); jobs
 * never retry a bad dump by themselves.
 */
export async function submitDump(
  deps: {
    store: Pick<Store, "registerDump" | "requeueFailedDump">;
    ingestQueue: Queue<IngestPayload>;
  },
  name: string,
  content: Uint8Array,
): Promise<SubmittedDump> {
  const registered = await deps.store.registerDump({ name, content });
  let dump = registered.dump;
  if (dump.status === "parsed") return { dump, created: registered.created, queued: false };
  let failedBefore: string | undefined;
  if (dump.status === "failed") {
    // The failed job is kept for inspection under the same id: make room for the new try.
    await deps.ingestQueue.remove(ingestJob.id({ dumpId: dump.id }));
    await deps.store.requeueFailedDump(dump.id);
    // Said to the sender: unless the parser changed since, the new try fails the same way.
    failedBefore = dump.error ?? "no reason recorded";
    dump = { ...dump, status: "queued", error: null };
  }
  await enqueueIngest(deps.ingestQueue, dump.id);
  return {
    dump,
    created: registered.created,
    queued: true,
    ...(failedBefore === undefined ? {} : { failedBefore }),
  };
}
