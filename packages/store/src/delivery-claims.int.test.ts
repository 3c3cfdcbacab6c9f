import { describe, expect, it } from "vitest";
import type { ClaimHolder } from "./deliveries.js";
import type { TestStore } from "./test-support/index.js";
import { TEST_DATABASE, useTestStore } from "./test-support/use-test-store.js";

const STALE_SECONDS = 300;
const holder = (by: string, liveHolders: string[] | null): ClaimHolder => ({
  by,
  liveHolders,
  staleSeconds: STALE_SECONDS,
});

describe(`delivery claims with holders on ${TEST_DATABASE}`, () => {
  let store: TestStore;
  useTestStore((opened) => {
    store = opened;
  });

  async function oneDelivery(): Promise<number> {
    await store.addSubscribers([
      { email: "claims@example.org", regions: [], beats: [], frequency: "daily", status: "active" },
    ]);
    const { edition } = await store.saveEdition({
      frequency: "daily",
      periodStart: new Date("2026-03-01T00:00:00Z"),
      periodEnd: new Date("2026-03-02T00:00:00Z"),
      content: { sections: [] },
      articleCount: 1,
    });
    await store.prepareDeliveries(edition.id);
    const [id] = (await store.pendingDeliveryIds(edition.id)) as [number];
    return id;
  }

  it("keeps a recent claim of a live process from a second try elsewhere", async () => {
    const id = await oneDelivery();
    expect(await store.claimDelivery(id, holder("a", ["a", "b"]))).toBeDefined();
    expect(await store.claimDelivery(id, holder("b", ["a", "b"]))).toBeUndefined();
    expect(await store.getDelivery(id)).toMatchObject({ state: "sending", attempts: 1 });
  });

  it("lets the holder claim again, and a try elsewhere once the holder is gone", async () => {
    const id = await oneDelivery();
    await store.claimDelivery(id, holder("a", ["a"]));
    expect((await store.claimDelivery(id, holder("a", ["a"])))?.attempts).toBe(2);
    // "a" was killed: its connection is gone, so "b" takes the row over at once.
    expect((await store.claimDelivery(id, holder("b", ["b"])))?.attempts).toBe(3);
    expect(await store.claimDelivery(id, holder("a", ["a", "b"]))).toBeUndefined();
  });

  it("keeps a recent claim when who runs is unknown, and frees it once stale", async () => {
    const id = await oneDelivery();
    await store.claimDelivery(id, holder("a", null));
    expect(await store.claimDelivery(id, holder("b", null))).toBeUndefined();
    await store.db.query(
      "UPDATE deliveries SET claimed_at = now() - make_interval(secs => $2) WHERE id = $1",
      [id, STALE_SECONDS + 1],
    );
    expect((await store.claimDelivery(id, holder("b", null)))?.attempts).toBe(2);
  });

  it("lets a claim older than the stale limit be taken over, even from a live process", async () => {
    const id = await oneDelivery();
    await store.claimDelivery(id, holder("a", ["a", "b"]));
    await store.db.query(
      "UPDATE deliveries SET claimed_at = now() - make_interval(secs => $2) WHERE id = $1",
      [id, STALE_SECONDS + 1],
    );
    expect((await store.claimDelivery(id, holder("b", ["a", "b"])))?.attempts).toBe(2);
  });

  it("claims queued rows and rows claimed without a holder whoever is live", async () => {
    const id = await oneDelivery();
    expect(await store.claimDelivery(id)).toBeDefined();
    expect(await store.claimDelivery(id, holder("b", ["a", "b"]))).toBeDefined();
    await store.markDeliveryRetry(id, "451 try later");
    expect(await store.claimDelivery(id, holder("a", ["a", "b"]))).toBeDefined();
  });

  it("never claims a sent row, whoever asks", async () => {
    const id = await oneDelivery();
    await store.claimDelivery(id, holder("a", ["a"]));
    await store.markDeliverySent(id, "<m@x>");
    expect(await store.claimDelivery(id, holder("a", ["a"]))).toBeUndefined();
    expect(await store.claimDelivery(id, holder("b", ["b"]))).toBeUndefined();
  });

  it("does not give up a row another live process is sending", async () => {
    const id = await oneDelivery();
    await store.claimDelivery(id, holder("a", ["a", "b"]));
    expect(await store.markDeliveryFinished(id, "failed", "stalled", holder("b", ["a", "b"]))).toBe(
      undefined,
    );
    expect(await store.getDelivery(id)).toMatchObject({ state: "sending" });
    expect(await store.markDeliveryFinished(id, "failed", "stalled", holder("b", ["b"]))).toEqual(
      expect.any(Number),
    );
    expect(await store.getDelivery(id)).toMatchObject({ state: "failed" });
  });
});
