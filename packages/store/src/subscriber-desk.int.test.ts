import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ImportedSubscriber } from "./subscriber-desk.js";
import { openTestStore, type TestStore } from "./test-support/index.js";

function row(email: string, extra: Partial<ImportedSubscriber> = {}): ImportedSubscriber {
  return {
    email,
    regions: [],
    beats: [],
    frequency: "daily",
    timezone: "UTC",
    confirmNonce: `nonce-${email}`,
    ...extra,
  };
}

// Against PostgreSQL when DATABASE_URL is set (its own schema), else in-memory PGlite.
describe("the desk's subscribers", () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore();
  });
  beforeEach(async () => {
    await store.reset();
  });
  afterAll(async () => {
    await store?.close();
  });

  it("imports new addresses pending with their nonce, or active with consent, and never resubscribes", async () => {
    const gone = await store.upsertSubscriber({
      email: "gone@example.org",
      regions: [],
      beats: [],
      frequency: "daily",
      status: "active",
    });
    await store.removeSubscriber(gone.subscriber.id, "asked by phone");
    const result = await store.importSubscribers(
      [
        row("ana@example.org", { regions: ["europe"], beats: ["politics"] }),
        row("ana@example.org"),
        row("gone@example.org"),
      ],
      { consentElsewhere: false },
    );
    expect(result).toMatchObject({ activated: 0, existing: 1, suppressed: 1 });
    expect(result.pending).toHaveLength(1);
    expect(result.pending[0]).toMatchObject({
      email: "ana@example.org",
      status: "pending",
      confirmNonce: "nonce-ana@example.org",
    });
    expect((await store.getSubscriber(gone.subscriber.id))?.status).toBe("unsubscribed");

    const consented = await store.importSubscribers(
      [row("bo@example.org", { frequency: "weekly" })],
      {
        consentElsewhere: true,
      },
    );
    expect(consented).toMatchObject({ pending: [], activated: 1, existing: 0 });
  });

  it("lists and exports by search, status, region, beat and frequency", async () => {
    await store.importSubscribers(
      [
        row("ana@example.org", { regions: ["europe"], beats: ["politics"] }),
        row("bo@example.org", { regions: ["asia"], frequency: "weekly" }),
        row("cy@sample.net"),
      ],
      { consentElsewhere: true },
    );
    const emails = async (filter: Parameters<TestStore["exportSubscribers"]>[0]) =>
      (await store.exportSubscribers(filter)).map((subscriber) => subscriber.email);
    expect(await emails({})).toEqual(["ana@example.org", "bo@example.org", "cy@sample.net"]);
    expect(await emails({ search: "EXAMPLE" })).toEqual(["ana@example.org", "bo@example.org"]);
    expect(await emails({ search: "%" })).toEqual([]);
    // No region chosen means every region.
    expect(await emails({ region: "europe" })).toEqual(["ana@example.org", "cy@sample.net"]);
    expect(await emails({ beat: "health" })).toEqual(["bo@example.org", "cy@sample.net"]);
    expect(await emails({ frequency: "weekly", status: "active" })).toEqual(["bo@example.org"]);
    const page = await store.listDeskSubscribers({ status: "active" }, { limit: 2, offset: 0 });
    expect(page.total).toBe(3);
    expect(page.rows.map((subscriber) => subscriber.email)).toEqual([
      "cy@sample.net",
      "bo@example.org",
    ]);
  });

  it("keeps removed and bounced addresses on the suppression list with why and when", async () => {
    await store.importSubscribers([row("ana@example.org"), row("bo@example.org")], {
      consentElsewhere: true,
    });
    const [ana, bo] = await store.exportSubscribers({});
    expect(await store.removeSubscriber(ana?.id as number, "removed on the desk")).toBe(true);
    expect(await store.removeSubscriber(ana?.id as number, "again")).toBe(false);
    await store.setSubscriberStatus(bo?.id as number, "bounced");
    const list = await store.suppressionList();
    expect(list.map((entry) => [entry.email, entry.status, entry.reason])).toEqual([
      ["bo@example.org", "bounced", null],
      ["ana@example.org", "unsubscribed", "removed on the desk"],
    ]);
    expect(list[1]?.at).toBeInstanceOf(Date);
  });
});
