import type { DumpRow, Store, StoreCounts } from "@newsdesk/store";
import type { Redis } from "ioredis";

/** What `newsdesk status` needs from the store, as the process owning an embedded PGlite saw it. */
export interface StatusSnapshot {
  pid: number;
  at: string;
  counts: StoreCounts;
  recentDumps: DumpRow[];
}

const keyOf = (prefix: string) => `${prefix}:status-snapshot`;

/**
 * PGlite has one owner, so other processes cannot read it: the owning worker publishes its
 * counts to Redis every `intervalMs` (expiring after a few missed beats) for `newsdesk status`.
 */
export function publishStatusSnapshots(options: {
  store: Pick<Store, "counts" | "recentDumps">;
  redis: Redis;
  prefix: string;
  intervalMs?: number;
  onError: (error: unknown) => void;
}): { stop(): Promise<void> } {
  const intervalMs = options.intervalMs ?? 2_000;
  let running: Promise<void> | undefined;
  const publish = async () => {
    const snapshot: StatusSnapshot = {
      pid: process.pid,
      at: new Date().toISOString(),
      counts: await options.store.counts(),
      recentDumps: await options.store.recentDumps(20),
    };
    await options.redis.set(keyOf(options.prefix), JSON.stringify(snapshot), "PX", intervalMs * 5);
  };
  const tick = () => {
    running ??= publish()
      .catch(options.onError)
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await options.redis.del(keyOf(options.prefix));
    },
  };
}

/** The latest snapshot a worker owning the embedded database published, if it is still fresh. */
export async function readStatusSnapshot(
  redis: Redis,
  prefix: string,
): Promise<StatusSnapshot | undefined> {
  const text = await redis.get(keyOf(prefix));
  return text ? (JSON.parse(text) as StatusSnapshot) : undefined;
}
