import type { ClaimedDelivery } from "@newsdesk/store";
import { describe, expect, it } from "vitest";
import { batchedDeliveryWrites } from "./batched-delivery-writes.js";

/** A store of rows `queued` until claimed, that records every statement it is given. */
function fakeStore(claimable: number[]) {
  const attempts = new Map<number, number>(claimable.map((id) => [id, 0]));
  const calls: { claims: number[][]; sends: number[][] } = { claims: [], sends: [] };
  let failNext = false;
  return {
    calls,
    failNextStatement() {
      failNext = true;
    },
    async claimDeliveries(ids: readonly number[]): Promise<ClaimedDelivery[]> {
      calls.claims.push([...ids]);
      if (failNext) {
        failNext = false;
        throw new Error("connection lost");
      }
      return ids
        .filter((id) => attempts.has(id))
        .map((id) => {
          attempts.set(id, (attempts.get(id) ?? 0) + 1);
          return { id, attempts: attempts.get(id) } as ClaimedDelivery;
        });
    },
    async markDeliveriesSent(sends: readonly { id: number; messageId: string }[]) {
      calls.sends.push(sends.map((send) => send.id));
    },
  };
}

describe("batchedDeliveryWrites", () => {
  it("claims the rows asked for within one window in one statement", async () => {
    const store = fakeStore([1, 2, 3]);
    const writes = batchedDeliveryWrites(store, { windowMs: 5 });
    const claimed = await Promise.all([1, 2, 3, 4].map((id) => writes.claimDelivery(id)));
    expect(store.calls.claims).toEqual([[1, 2, 3, 4]]);
    expect(claimed.map((row) => row?.id)).toEqual([1, 2, 3, undefined]);
    await Promise.all([writes.markDeliverySent(1, "<1@x>"), writes.markDeliverySent(2, "<2@x>")]);
    expect(store.calls.sends).toEqual([[1, 2]]);
  });

  it("claims one delivery asked for twice in two statements, one attempt each", async () => {
    const store = fakeStore([7]);
    const writes = batchedDeliveryWrites(store);
    const [first, second] = await Promise.all([writes.claimDelivery(7), writes.claimDelivery(7)]);
    expect(store.calls.claims).toEqual([[7], [7]]);
    expect([first?.attempts, second?.attempts]).toEqual([1, 2]);
  });

  it("fails every job of a batch whose statement failed, and batches again after", async () => {
    const store = fakeStore([1, 2]);
    const writes = batchedDeliveryWrites(store);
    store.failNextStatement();
    const results = await Promise.allSettled([writes.claimDelivery(1), writes.claimDelivery(2)]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    expect((await writes.claimDelivery(1))?.attempts).toBe(1);
  });

  it("splits a batch larger than its maximum", async () => {
    const store = fakeStore([1, 2, 3]);
    const writes = batchedDeliveryWrites(store, { maxBatchSize: 2 });
    await Promise.all([1, 2, 3].map((id) => writes.claimDelivery(id)));
    expect(store.calls.claims).toEqual([[1, 2], [3]]);
  });
});
