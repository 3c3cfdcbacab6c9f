import { describe, expect, it } from "vitest";
import { readDeskSetting, writeDeskSetting } from "./desk-settings.js";
import { listEditionPicks } from "./edition-picks.js";
import type { TestStore } from "./test-support/index.js";
import { TEST_DATABASE, useTestStore } from "./test-support/use-test-store.js";

const day = (iso: string) => new Date(`${iso}T06:00:00Z`);
const period = {
  frequency: "daily",
  periodStart: day("2026-03-09"),
  periodEnd: day("2026-03-10"),
} as const;

describe(`the desk's picks on a period's edition (${TEST_DATABASE})`, () => {
  let store: TestStore;
  useTestStore((opened) => {
    store = opened;
  });

  async function articles(count: number): Promise<number[]> {
    const { dump } = await store.registerDump({ name: "picks.txt", content: new Uint8Array([1]) });
    const saved = await store.saveParsedDump(
      dump.id,
      Array.from({ length: count }, (_, n) => ({
        headline: `Pick ${n}`,
        headlineSource: "dump" as const,
        dek: null,
        paragraphs: [`Paragraph ${n}.`],
        contributors: [],
        startLine: n * 3 + 1,
        endLine: n * 3 + 2,
        wordCount: 2,
        contentHash: `pick-${n}`,
      })),
      0,
    );
    return saved.articleIds;
  }

  it("stores pins, drops and places, and gives them to builds of overlapping periods", async () => {
    const [a, b, c] = (await articles(3)) as [number, number, number];
    const before = await store.picksStamp();
    await store.pickArticle(period, a, "pin", "ana");
    await store.pickArticle(period, b, "drop", "ana");
    await store.placeArticles(
      period,
      new Map([
        [c, 0],
        [a, 1],
      ]),
      "ana",
    );
    expect(await store.picksStamp()).not.toBe(before);
    // Asia/Kolkata's daily period runs 00:30 to 00:30 UTC: it overlaps UTC's.
    const kolkata = {
      frequency: "daily" as const,
      since: new Date("2026-03-09T00:30:00Z"),
      until: new Date("2026-03-10T00:30:00Z"),
    };
    expect(await listEditionPicks(store.db, kolkata)).toEqual([
      { articleId: a, pick: "pin", position: 1 },
      { articleId: b, pick: "drop", position: null },
      { articleId: c, pick: null, position: 0 },
    ]);
    expect(await store.droppedArticles(period)).toEqual([{ id: b, headline: "Pick 1" }]);
    await store.pickArticle(period, b, "restore", "ana");
    await store.pickArticle(period, a, "unpin", "ana");
    const after = await listEditionPicks(store.db, kolkata);
    expect(after.map((row) => row.pick)).toEqual([null, null, null]);
    // Not the next period, nor the weekly edition.
    expect(
      await listEditionPicks(store.db, {
        ...kolkata,
        since: day("2026-03-10"),
        until: day("2026-03-11"),
      }),
    ).toEqual([]);
    expect(await listEditionPicks(store.db, { ...kolkata, frequency: "weekly" })).toEqual([]);
  });

  it("keeps desk settings by key, with who saved them", async () => {
    expect(await readDeskSetting(store.db, "branding")).toBeUndefined();
    await writeDeskSetting(store.db, "branding", { name: "Tidewater" }, "ana");
    await writeDeskSetting(store.db, "branding", { name: "Tidewater Post" }, "ana");
    expect(await readDeskSetting(store.db, "branding")).toEqual({ name: "Tidewater Post" });
    await store.setApprovalMode("hold", "ana");
    expect(await store.approvalMode()).toBe("hold");
  });
});
