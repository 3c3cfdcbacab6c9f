import { describe, expect, it } from "vitest";
import type { NewSubscriber } from "./subscribers.js";
import type { TestStore } from "./test-support/index.js";
import { TEST_DATABASE, useTestStore } from "./test-support/use-test-store.js";

const subscriber = (n: number, overrides: Partial<NewSubscriber> = {}): NewSubscriber => ({
  email: `reader${n}@example.org`,
  regions: ["europe"],
  beats: [],
  frequency: "daily",
  status: "active",
  ...overrides,
});

const period = {
  periodStart: new Date("2026-03-01T00:00:00Z"),
  periodEnd: new Date("2026-03-02T00:00:00Z"),
};

describe(`digest queries on ${TEST_DATABASE}`, () => {
  let store: TestStore;
  useTestStore((opened) => {
    store = opened;
  });

  async function edition(frequency: "daily" | "weekly" = "daily") {
    const saved = await store.saveEdition({
      frequency,
      ...period,
      content: { sections: [] },
      articleCount: 3,
    });
    return saved.edition;
  }

  it("adds subscribers, updates choices by address and counts the active audience", async () => {
    const first = await store.upsertSubscriber(subscriber(1, { status: "pending" }));
    expect(first.created).toBe(true);
    expect(first.subscriber).toMatchObject({ status: "pending", timezone: "UTC", bounceCount: 0 });
    const again = await store.upsertSubscriber(
      subscriber(1, { regions: ["africa"], beats: ["health"] }),
    );
    expect(again).toMatchObject({
      created: false,
      subscriber: {
        id: first.subscriber.id,
        regions: ["africa"],
        beats: ["health"],
        status: "pending",
      },
    });
    expect(
      await store.addSubscribers([
        subscriber(2),
        subscriber(3, { frequency: "weekly" }),
        subscriber(2),
      ]),
    ).toBe(2);
    expect(await store.audienceSize("daily")).toBe(1);
    await store.setSubscriberStatus(first.subscriber.id, "active");
    expect(await store.audienceSize("daily")).toBe(2);
    expect(typeof first.subscriber.id).toBe("number");
  });

  it("keeps one edition per (frequency, period), whoever builds it", async () => {
    const content = { sections: [{ region: "europe" }] };
    const [a, b] = await Promise.all([
      store.saveEdition({ frequency: "daily", ...period, content, articleCount: 1 }),
      store.saveEdition({
        frequency: "daily",
        ...period,
        content: { other: true },
        articleCount: 2,
      }),
    ]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.edition.id).toBe(b.edition.id);
    const weekly = await store.saveEdition({
      frequency: "weekly",
      ...period,
      content,
      articleCount: 1,
    });
    expect(weekly.edition.id).not.toBe(a.edition.id);
    expect(weekly.edition.periodStart).toEqual(period.periodStart);
    expect(await store.getEditionContent(weekly.edition.id)).toEqual(content);
    // A draft takes the newer build; a prepared edition is frozen.
    const rebuilt = await store.saveEdition({
      frequency: "weekly",
      ...period,
      content: { v: 2 },
      articleCount: 4,
    });
    expect(rebuilt).toMatchObject({ created: false, frozen: false, edition: { articleCount: 4 } });
    await store.prepareDeliveries(weekly.edition.id);
    const late = await store.saveEdition({
      frequency: "weekly",
      ...period,
      content: { v: 3 },
      articleCount: 5,
    });
    expect(late).toMatchObject({
      created: false,
      frozen: true,
      edition: { articleCount: 4, status: "prepared" },
    });
    expect(await store.getEditionContent(weekly.edition.id)).toEqual({ v: 2 });
  });

  it("freezes the audience once: one queued delivery per active subscriber of the frequency", async () => {
    await store.addSubscribers([
      subscriber(1, { regions: ["africa", "europe"], beats: ["health"] }),
      subscriber(2),
      subscriber(3, { status: "pending" }),
      subscriber(4, { status: "unsubscribed" }),
      subscriber(5, { frequency: "weekly" }),
    ]);
    const daily = await edition();
    expect(await store.prepareDeliveries(daily.id)).toBe(2);
    await store.addSubscribers([subscriber(6)]);
    expect(await store.prepareDeliveries(daily.id)).toBe(0);
    expect((await store.getEdition(daily.id))?.status).toBe("prepared");
    const ids = await store.pendingDeliveryIds(daily.id);
    expect(ids).toHaveLength(2);
    const claimed = await store.claimDelivery(ids[0] as number);
    expect(claimed).toMatchObject({
      editionId: daily.id,
      email: "reader1@example.org",
      subscriberStatus: "active",
      regions: ["africa", "europe"],
      beats: ["health"],
      attempts: 1,
    });
    expect(await store.deliveryCounts(daily.id)).toMatchObject({ queued: 1, sending: 1, total: 2 });
  });

  it("claims a delivery until it is sent, and never after", async () => {
    await store.addSubscribers([subscriber(1)]);
    const daily = await edition();
    await store.prepareDeliveries(daily.id);
    const [id] = (await store.pendingDeliveryIds(daily.id)) as [number];
    expect((await store.claimDelivery(id))?.attempts).toBe(1);
    // A try that died in `sending` can be claimed again...
    expect((await store.claimDelivery(id))?.attempts).toBe(2);
    await store.markDeliveryRetry(id, "451 try later");
    expect(await store.getDelivery(id)).toMatchObject({
      state: "queued",
      lastError: "451 try later",
    });
    expect((await store.claimDelivery(id))?.attempts).toBe(3);
    await store.markDeliverySent(id, "<m@x>");
    // ...but a sent one, never: concurrent claims all miss.
    const claims = await Promise.all([1, 2, 3].map(() => store.claimDelivery(id)));
    expect(claims).toEqual([undefined, undefined, undefined]);
    expect(await store.getDelivery(id)).toMatchObject({
      state: "sent",
      messageId: "<m@x>",
      lastError: null,
    });
    expect(await store.pendingDeliveryIds(daily.id)).toEqual([]);
  });

  it("claims and records several deliveries in one statement each", async () => {
    await store.addSubscribers([subscriber(1), subscriber(2), subscriber(3)]);
    const daily = await edition();
    await store.prepareDeliveries(daily.id);
    const [a, b, c] = (await store.pendingDeliveryIds(daily.id)) as [number, number, number];
    await store.claimDelivery(c);
    await store.markDeliverySent(c, "<c@x>");
    const claimed = await store.claimDeliveries([c, b, a, 999_999]);
    expect(claimed.map((row) => row.id).sort()).toEqual([a, b].sort());
    expect(claimed.find((row) => row.id === a)).toMatchObject({ email: "reader1@example.org" });
    await store.markDeliveriesSent([
      { id: a, messageId: "<a@x>" },
      { id: b, messageId: "<b@x>" },
      { id: c, messageId: "<c-again@x>" },
    ]);
    expect(await store.getDelivery(a)).toMatchObject({ state: "sent", messageId: "<a@x>" });
    expect(await store.getDelivery(b)).toMatchObject({ state: "sent", messageId: "<b@x>" });
    // Sent before: kept as it was.
    expect((await store.getDelivery(c))?.messageId).toBe("<c@x>");
    expect(await store.claimDeliveries([a, b, c])).toEqual([]);
  });

  it("lets a late duplicate job find the delivery sent and send nothing", async () => {
    await store.addSubscribers([subscriber(1)]);
    const daily = await edition();
    await store.prepareDeliveries(daily.id);
    const [id] = (await store.pendingDeliveryIds(daily.id)) as [number];
    const claimed = await store.claimDelivery(id);
    await store.markDeliverySent(id, "<a@x>");
    // A late duplicate job finds it sent and sends nothing.
    expect(claimed).toBeDefined();
    expect(await store.claimDelivery(id)).toBeUndefined();
    await store.markDeliverySent(id, "<b@x>");
    expect((await store.getDelivery(id))?.messageId).toBe("<a@x>");
  });

  it("suppresses a subscriber after bouncing the configured number of times in a row", async () => {
    const { subscriber: row } = await store.upsertSubscriber(subscriber(1, { status: "active" }));
    const results: boolean[] = [];
    for (let day = 1; day <= 3; day++) {
      const saved = await store.saveEdition({
        frequency: "daily",
        periodStart: new Date(Date.UTC(2026, 3, day)),
        periodEnd: new Date(Date.UTC(2026, 3, day + 1)),
        content: {},
        articleCount: 1,
      });
      await store.prepareDeliveries(saved.edition.id);
      const [id] = (await store.pendingDeliveryIds(saved.edition.id)) as [number];
      await store.claimDelivery(id);
      results.push((await store.markDeliveryBounced(id, "550 no such user", 3)).suppressed);
      expect((await store.getDelivery(id))?.state).toBe("bounced");
    }
    expect(results).toEqual([false, false, true]);
    expect(await store.getSubscriber(row.id)).toMatchObject({ status: "bounced", bounceCount: 3 });
    expect(await store.audienceSize("daily")).toBe(0);
  });

  it("resets the bounce count when an email goes through", async () => {
    const { subscriber: row } = await store.upsertSubscriber(subscriber(1, { status: "active" }));
    const daily = await edition();
    await store.prepareDeliveries(daily.id);
    const [id] = (await store.pendingDeliveryIds(daily.id)) as [number];
    await store.db.query("UPDATE subscribers SET bounce_count = 2 WHERE id = $1", [row.id]);
    await store.claimDelivery(id);
    await store.markDeliverySent(id, "<m@x>");
    expect((await store.getSubscriber(row.id))?.bounceCount).toBe(0);
  });
});
