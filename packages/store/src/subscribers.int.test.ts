import { describe, expect, it } from "vitest";
import type { SubscriberChoices } from "./subscribers.js";
import type { TestStore } from "./test-support/index.js";
import { TEST_DATABASE, useTestStore } from "./test-support/use-test-store.js";

const choices: SubscriberChoices = {
  regions: ["europe", "africa"],
  beats: ["health"],
  frequency: "daily",
  timezone: "Europe/Lisbon",
};

describe(`subscriber queries on ${TEST_DATABASE}`, () => {
  let store: TestStore;
  useTestStore((opened) => {
    store = opened;
  });

  async function subscribeAndConfirm(email: string) {
    const requested = await store.requestSubscription(email, choices, "nonce-1");
    await store.confirmSubscription(requested.subscription.id, "nonce-1");
    return requested.subscription.id;
  }

  it("adds a pending subscriber with a nonce, and a new attempt replaces the nonce and choices", async () => {
    const first = await store.requestSubscription("ana@example.org", choices, "nonce-1");
    expect(first.kind).toBe("pending");
    expect(first.subscription).toMatchObject({
      email: "ana@example.org",
      status: "pending",
      regions: ["europe", "africa"],
      beats: ["health"],
      timezone: "Europe/Lisbon",
      confirmNonce: "nonce-1",
      confirmedAt: null,
    });
    const again = await store.requestSubscription(
      "ana@example.org",
      { ...choices, frequency: "weekly" },
      "nonce-2",
    );
    expect(again).toMatchObject({
      kind: "pending",
      subscription: { id: first.subscription.id, frequency: "weekly", confirmNonce: "nonce-2" },
    });
    // The first link's nonce no longer confirms anyone.
    expect(await store.confirmSubscription(first.subscription.id, "nonce-1")).toEqual({
      kind: "superseded",
    });
  });

  it("confirms once; a replay is already confirmed and changes nothing", async () => {
    const { subscription } = await store.requestSubscription("ana@example.org", choices, "n");
    const confirmed = await store.confirmSubscription(subscription.id, "n");
    expect(confirmed.kind).toBe("confirmed");
    expect(await store.audienceSize("daily")).toBe(1);
    const replay = await store.confirmSubscription(subscription.id, "n");
    expect(replay).toMatchObject({ kind: "already-confirmed", subscription: { status: "active" } });
    expect(await store.confirmSubscription(999_999, "n")).toEqual({ kind: "superseded" });
  });

  it("leaves an active or paused subscriber alone when someone subscribes their address", async () => {
    const id = await subscribeAndConfirm("ana@example.org");
    const attempt = await store.requestSubscription(
      "ana@example.org",
      { ...choices, regions: ["americas"] },
      "attacker-nonce",
    );
    expect(attempt).toMatchObject({
      kind: "already-subscribed",
      subscription: {
        id,
        status: "active",
        regions: ["europe", "africa"],
        confirmNonce: "nonce-1",
      },
    });
    await store.setSubscriptionPaused(id, true);
    const paused = await store.requestSubscription("ana@example.org", choices, "x");
    expect(paused).toMatchObject({
      kind: "already-subscribed",
      subscription: { status: "paused" },
    });
  });

  it("never lets an old confirmation bring back someone who unsubscribed", async () => {
    const id = await subscribeAndConfirm("ana@example.org");
    expect((await store.unsubscribeSubscriber(id)).changed).toBe(true);
    expect(await store.confirmSubscription(id, "nonce-1")).toMatchObject({
      kind: "ended",
      subscription: { status: "unsubscribed" },
    });
    // Resubscribing takes a new confirmation, with the new nonce only.
    const again = await store.requestSubscription("ana@example.org", choices, "nonce-2");
    expect(again).toMatchObject({ kind: "pending", subscription: { id, status: "pending" } });
    expect(await store.confirmSubscription(id, "nonce-1")).toEqual({ kind: "superseded" });
    expect((await store.confirmSubscription(id, "nonce-2")).kind).toBe("confirmed");
  });

  it("keeps a bounced subscriber bounced until they resubscribe and confirm", async () => {
    const id = await subscribeAndConfirm("ana@example.org");
    await store.setSubscriberStatus(id, "bounced");
    expect(await store.unsubscribeSubscriber(id)).toMatchObject({
      changed: false,
      subscription: { status: "bounced" },
    });
    expect(await store.updateSubscriptionChoices(id, choices)).toBeUndefined();
    expect(await store.confirmSubscription(id, "nonce-1")).toMatchObject({ kind: "ended" });
    await store.requestSubscription("ana@example.org", choices, "nonce-2");
    expect(await store.confirmSubscription(id, "nonce-2")).toMatchObject({
      kind: "confirmed",
      subscription: { status: "active" },
    });
  });

  it("changes choices, pauses and resumes only active or paused subscribers", async () => {
    const id = await subscribeAndConfirm("ana@example.org");
    const updated = await store.updateSubscriptionChoices(id, {
      regions: [],
      beats: ["sport", "politics"],
      frequency: "weekly",
      timezone: "Asia/Tokyo",
    });
    expect(updated).toMatchObject({
      regions: [],
      beats: ["sport", "politics"],
      frequency: "weekly",
      timezone: "Asia/Tokyo",
      status: "active",
    });
    expect(await store.setSubscriptionPaused(id, true)).toMatchObject({ status: "paused" });
    expect(await store.audienceSize("weekly")).toBe(0);
    expect(await store.setSubscriptionPaused(id, false)).toMatchObject({ status: "active" });
    expect(await store.audienceSize("weekly")).toBe(1);

    const pending = await store.requestSubscription("bo@example.org", choices, "p");
    expect(await store.updateSubscriptionChoices(pending.subscription.id, choices)).toBeUndefined();
    expect(await store.setSubscriptionPaused(pending.subscription.id, true)).toBeUndefined();
  });

  it("unsubscribes pending, active and paused subscribers at once, idempotently", async () => {
    const pending = await store.requestSubscription("bo@example.org", choices, "p");
    expect((await store.unsubscribeSubscriber(pending.subscription.id)).changed).toBe(true);
    expect(await store.confirmSubscription(pending.subscription.id, "p")).toMatchObject({
      kind: "ended",
    });
    const id = await subscribeAndConfirm("ana@example.org");
    const first = await store.unsubscribeSubscriber(id);
    expect(first).toMatchObject({ changed: true, subscription: { status: "unsubscribed" } });
    expect(first.subscription?.unsubscribedAt).toBeInstanceOf(Date);
    expect(await store.unsubscribeSubscriber(id)).toMatchObject({ changed: false });
    expect(await store.audienceSize("daily")).toBe(0);
    expect(await store.unsubscribeSubscriber(123_456)).toEqual({
      changed: false,
      subscription: undefined,
    });
  });
});
