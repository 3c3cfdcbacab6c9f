import { setTimeout as delay } from "node:timers/promises";
import type { Store } from "@newsdesk/store";

/**
 * Resolves when a dump is parsed, or with the reason it failed. Reads the store, so it works
 * whichever process on whichever host runs the job.
 */
export async function waitForDump(
  store: Pick<Store, "getDump">,
  dumpId: number,
  signal?: AbortSignal,
  intervalMs = 200,
): Promise<{ ok: true } | { ok: false; error: string }> {
  for (;;) {
    const dump = await store.getDump(dumpId);
    if (!dump) return { ok: false, error: `dump ${dumpId} is no longer in the store` };
    if (dump.status === "parsed") return { ok: true };
    if (dump.status === "failed") return { ok: false, error: dump.error ?? "failed" };
    if (signal?.aborted) return { ok: false, error: "stopped while waiting" };
    await delay(intervalMs, undefined, signal ? { signal } : {}).catch((error: unknown) => {
      if (!signal?.aborted) throw error;
    });
  }
}
