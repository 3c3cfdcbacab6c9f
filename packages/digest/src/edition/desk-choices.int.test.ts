import { writeDeskSetting } from "@newsdesk/store";
import { openTestStore, type TestStore } from "@newsdesk/store/test-support";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedStories } from "../test-support/harness.js";
import { buildDigestEdition, periodEdition } from "./build-digest-edition.js";
import { draftPeriod } from "./draft-period.js";
import { loadBranding } from "./load-branding.js";
import { renderPreview } from "./render-preview.js";
import { createSegmentCache } from "./segment-cache.js";

const publicUrl = "https://news.example.org";
const everything = { regions: [], beats: [] };

/** The desk's picks, branding and early sends, as the sender and the preview see them. */
describe(`the desk's choices in built editions (${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  let store: TestStore;
  let ids: number[];
  beforeAll(async () => {
    store = await openTestStore();
  });
  beforeEach(async () => {
    await store.reset();
    ids = await seedStories(
      store,
      ["Quay", "Ferry", "Lantern", "Harbour"].map((name) => ({
        headline: `${name} council meets on the tide tables`,
        region: "europe",
        beat: "politics",
      })),
    );
  });
  afterAll(async () => {
    await store?.close();
  });

  it("pins, drops and places articles in the real build and the preview", async () => {
    const [quay, ferry, lantern, harbour] = ids as [number, number, number, number];
    const now = new Date();
    const period = await draftPeriod(store.db, "daily", now);
    const draft = { frequency: "daily" as const, periodStart: period.start, periodEnd: period.end };
    await store.pickArticle(draft, harbour, "pin", "admin");
    await store.pickArticle(draft, ferry, "drop", "admin");
    await store.placeArticles(
      draft,
      new Map([
        [lantern, 0],
        [quay, 1],
      ]),
      "admin",
    );
    const built = await buildDigestEdition(store, "daily", now);
    expect(built?.edition.sections[0]?.items.map((item) => item.articleId)).toEqual([
      harbour,
      lantern,
      quay,
    ]);
    const preview = await renderPreview(store.db, {
      frequency: "daily",
      segment: everything,
      publicUrl,
    });
    if (preview.kind !== "email") throw new Error("expected an email");
    expect(preview.template.articleIds).toEqual([harbour, lantern, quay]);
    expect(preview.email.html).not.toContain("Ferry council");
  });

  it("leaves the articles stored after an early send to the next edition, which the preview shows", async () => {
    const now = new Date();
    const built = await buildDigestEdition(store, "daily", now);
    if (!built) throw new Error("expected an edition");
    expect(built.articlesUntil).toEqual(now);
    await store.prepareDeliveries(built.row.id);
    const [late] = await seedStories(store, [
      {
        headline: "Lighthouse keeper retires after forty winters",
        region: "europe",
        beat: "society",
      },
    ]);
    const next = await draftPeriod(store.db, "daily", new Date());
    expect(next.start).toEqual(built.row.periodEnd);
    const edition = await periodEdition(store.db, "daily", next, new Date());
    expect(edition?.since).toEqual(now);
    expect(edition?.edition.sections.flatMap((s) => s.items.map((i) => i.articleId))).toEqual([
      late,
    ]);
  });

  it("says an empty preview after an early send reads from the cut, not from the next period", async () => {
    const now = new Date();
    const built = await buildDigestEdition(store, "daily", now);
    if (!built) throw new Error("expected an edition");
    await store.prepareDeliveries(built.row.id);
    const preview = await renderPreview(store.db, {
      frequency: "daily",
      segment: everything,
      publicUrl,
    });
    // Nothing came in since the cut; what comes in now goes into the next edition.
    expect(preview.kind).toBe("no-articles");
    expect(preview.span).toBe(
      `the period since ${now.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    );
  });

  it("brands the preview and each delivery's template, From name and List-Id label", async () => {
    await writeDeskSetting(
      store.db,
      "branding",
      { name: "Tidewater Post", senderName: "Tidewater desk", accentColour: "#7a1f5c" },
      "admin",
    );
    const preview = await renderPreview(store.db, {
      frequency: "daily",
      segment: everything,
      publicUrl,
    });
    if (preview.kind !== "email") throw new Error("expected an email");
    expect(preview.email.subject).toMatch(/^Tidewater Post daily: /);
    const built = await buildDigestEdition(store, "daily", new Date());
    const cache = createSegmentCache({
      publicUrl,
      loadEdition: async () => built?.edition ?? Promise.reject(new Error("no edition")),
      loadBranding: () => loadBranding(store.db),
    });
    const prepared = await cache.get(built?.row.id ?? 0, everything);
    expect(prepared?.branding).toMatchObject({
      name: "Tidewater Post",
      senderName: "Tidewater desk",
    });
    expect(prepared?.template.subject).toMatch(/^Tidewater Post daily: /);
  });
});
