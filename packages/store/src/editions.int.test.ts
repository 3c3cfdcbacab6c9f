import { describe, expect, it } from "vitest";
import type { NewSubscriber } from "./subscribers.js";
import type { TestStore } from "./test-support/index.js";
import { TEST_DATABASE, useTestStore } from "./test-support/use-test-store.js";

const subscriber = (n: number, overrides: Partial<NewSubscriber> = {}): NewSubscriber => ({
  email: `reader${n}@example.org`,
  regions: [],
  beats: [],
  frequency: "daily",
  status: "active",
  ...overrides,
});

const day = (d: number, hour = 6) => new Date(Date.UTC(2026, 9, d, hour));

describe(`edition queries on ${TEST_DATABASE}`, () => {
  let store: TestStore;
  useTestStore((opened) => {
    store = opened;
  });

  const save = (periodStart: Date, periodEnd: Date) =>
    store.saveEdition({ frequency: "daily", periodStart, periodEnd, content: {}, articleCount: 1 });

  it("keeps one edition per whole period: a 25-hour day beside a 24-hour one are two", async () => {
    const long = await save(day(24, 5), day(25, 6));
    const short = await save(day(24, 5), day(25, 5));
    const again = await save(day(24, 5), day(25, 6));
    expect(long.edition.id).not.toBe(short.edition.id);
    expect(again).toMatchObject({ created: false, edition: { id: long.edition.id } });
    const found = await store.findEdition({
      frequency: "daily",
      periodStart: day(24, 5),
      periodEnd: day(25, 5),
    });
    expect(found).toMatchObject({ id: short.edition.id, status: "draft", queuedAt: null });
    expect(
      await store.findEdition({ frequency: "weekly", periodStart: day(24, 5), periodEnd: day(25) }),
    ).toBeUndefined();
  });

  it("freezes the audience of a scheduled edition to its time zones", async () => {
    await store.addSubscribers([
      subscriber(1),
      subscriber(2, { timezone: "Asia/Kolkata" }),
      subscriber(3, { timezone: "Asia/Calcutta" }),
      subscriber(4, { timezone: "Asia/Kolkata", frequency: "weekly" }),
      subscriber(5, { timezone: "Pacific/Auckland", status: "paused" }),
    ]);
    expect(await store.audienceTimeZones()).toEqual([
      { frequency: "daily", timezone: "Asia/Calcutta" },
      { frequency: "daily", timezone: "Asia/Kolkata" },
      { frequency: "daily", timezone: "UTC" },
      { frequency: "weekly", timezone: "Asia/Kolkata" },
    ]);
    const { edition } = await save(day(1, 0), day(2, 0));
    const created = await store.prepareDeliveries(edition.id, {
      timezones: ["Asia/Kolkata", "Asia/Calcutta"],
    });
    expect(created).toBe(2);
    expect(await store.prepareDeliveries(edition.id)).toBe(0);
    await store.markEditionQueued(edition.id);
    expect((await store.getEdition(edition.id))?.queuedAt).toBeInstanceOf(Date);
  });

  it("pauses an edition once, holds its queued deliveries, and resumes with a fresh count", async () => {
    await store.addSubscribers([subscriber(1), subscriber(2), subscriber(3)]);
    const { edition } = await save(day(1), day(2));
    await store.prepareDeliveries(edition.id);
    await store.markEditionQueued(edition.id);
    const [a, b, c] = (await store.pendingDeliveryIds(edition.id)) as [number, number, number];
    await store.claimDelivery(a);
    await store.markDeliveryBounced(a, "550 blocked", 3);
    await store.claimDelivery(b);
    await store.markDeliverySent(b, "<b@x>");
    expect(await store.editionOutcomes(edition.id)).toEqual({ finished: 2, failed: 1 });

    const pauses = await Promise.all([
      store.pauseEdition(edition.id, "too many failures"),
      store.pauseEdition(edition.id, "too many failures"),
    ]);
    expect(pauses.sort()).toEqual([false, true]);
    expect(await store.getEdition(edition.id)).toMatchObject({
      status: "paused",
      pauseReason: "too many failures",
    });
    // Nothing more is claimed while paused; the row stays queued.
    expect(await store.claimDelivery(c)).toBeUndefined();
    expect(await store.deliveryOnHold(c)).toBe(true);
    expect(await store.deliveryOnHold(b)).toBe(false);
    expect((await store.getDelivery(c))?.state).toBe("queued");

    const resumed = await store.resumeEdition(edition.id);
    expect(resumed).toMatchObject({ status: "prepared", pauseReason: null, queuedAt: null });
    expect(await store.resumeEdition(edition.id)).toBeUndefined();
    expect(await store.editionOutcomes(edition.id)).toEqual({ finished: 0, failed: 0 });
    expect((await store.claimDelivery(c))?.attempts).toBe(1);
    await store.markDeliveryFinished(c, "failed", "gave up");
    expect(await store.editionOutcomes(edition.id)).toEqual({ finished: 1, failed: 1 });
  });
});
