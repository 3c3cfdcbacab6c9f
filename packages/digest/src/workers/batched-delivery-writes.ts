import type { ClaimedDelivery, ClaimHolder, Store } from "@newsdesk/store";
import DataLoader from "dataloader";

export type DeliveryWrites = Pick<Store, "claimDelivery" | "markDeliverySent">;

export interface BatchOptions {
  /** How long a claim or a record waits for others to share its statement. */
  windowMs?: number | undefined;
  maxBatchSize?: number | undefined;
  /** Who claims (this process, and the processes alive now), read once per statement. */
  holder?: (() => Promise<ClaimHolder>) | undefined;
}

/**
 * The deliver jobs in flight claim their rows and record their sends together: one statement
 * for the claims and one for the sends of each short window, instead of two per email. Each
 * job still waits for its own row's claim before sending, and for its own record before it
 * completes, so what is sent and when it counts as sent is unchanged; the database does a
 * fraction of the commits (with PGlite, in this very process).
 */
export function batchedDeliveryWrites(
  store: Pick<Store, "claimDeliveries" | "markDeliveriesSent">,
  options: BatchOptions = {},
): DeliveryWrites {
  const windowMs = options.windowMs ?? 10;
  const common = {
    cache: false,
    maxBatchSize: options.maxBatchSize ?? 100,
    batchScheduleFn: (run: () => void) => setTimeout(run, windowMs),
  } as const;

  const claims = new DataLoader<number, ClaimedDelivery | undefined>(async (ids) => {
    // Two jobs of one delivery in the same batch claim it one after the other, as they would
    // unbatched: each claim counts an attempt.
    const results = new Map<number, ClaimedDelivery[]>();
    const holder = await options.holder?.();
    for (const round of rounds(ids, (id) => id)) {
      for (const row of await store.claimDeliveries(round, holder)) {
        results.set(row.id, [...(results.get(row.id) ?? []), row]);
      }
    }
    return ids.map((id) => results.get(id)?.shift());
  }, common);

  const sends = new DataLoader<{ id: number; messageId: string }, void>(async (batch) => {
    for (const round of rounds(batch, (send) => send.id)) await store.markDeliveriesSent(round);
    return batch.map(() => undefined);
  }, common);

  return {
    claimDelivery: (id) => claims.load(id),
    markDeliverySent: (id, messageId) => sends.load({ id, messageId }),
  };
}

/** Splits a batch so that no round holds the same delivery twice. */
function rounds<T>(items: readonly T[], idOf: (item: T) => number): T[][] {
  const result: T[][] = [];
  const seen: Set<number>[] = [];
  for (const item of items) {
    const id = idOf(item);
    let index = seen.findIndex((ids) => !ids.has(id));
    if (index === -1) {
      index = result.length;
      result.push([]);
      seen.push(new Set());
    }
    result[index]?.push(item);
    seen[index]?.add(id);
  }
  return result;
}
