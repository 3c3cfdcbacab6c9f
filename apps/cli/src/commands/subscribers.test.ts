import type { SubscriberRow } from "@newsdesk/store";
import { describe, expect, it } from "vitest";
import { describeAdded } from "./subscribers.js";

const row = (status: SubscriberRow["status"]): SubscriberRow => ({
  id: 4,
  email: "ana@example.org",
  regions: ["europe"],
  beats: [],
  frequency: "daily",
  timezone: "Europe/Lisbon",
  status,
  bounceCount: 0,
  createdAt: new Date(),
});

describe("describeAdded", () => {
  it("says what was added or updated, and whether it will get the digest", () => {
    expect(describeAdded({ subscriber: row("active"), created: true })).toEqual({
      message:
        "subscriber #4 added (daily, regions europe, beats all, Europe/Lisbon): active, in the next edition",
      exitCode: 0,
    });
    expect(describeAdded({ subscriber: row("pending"), created: false }).message).toMatch(
      /^subscriber #4 updated .*: pending, gets nothing until the address confirms/,
    );
    expect(describeAdded({ subscriber: row("paused"), created: false }).exitCode).toBe(0);
  });

  it("fails for an address that unsubscribed or bounced: only its owner can come back", () => {
    const unsubscribed = describeAdded({ subscriber: row("unsubscribed"), created: false });
    expect(unsubscribed.exitCode).toBe(1);
    expect(unsubscribed.message).toContain(
      "the address unsubscribed and gets nothing: only its owner can subscribe again",
    );
    expect(describeAdded({ subscriber: row("bounced"), created: false }).exitCode).toBe(1);
  });
});
