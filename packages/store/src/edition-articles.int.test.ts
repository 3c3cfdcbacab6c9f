import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listEditionArticles } from "./edition-articles.js";
import { openTestStore, type TestStore } from "./test-support/index.js";

// Against PostgreSQL when DATABASE_URL is set (its own schema), else in-memory PGlite.
describe("listEditionArticles", () => {
  let store: TestStore;

  beforeAll(async () => {
    store = await openTestStore();
    const { dump } = await store.registerDump({ name: "d.txt", content: new Uint8Array([1]) });
    const article = (n: number) => ({
      headline: `Story ${n}`,
      headlineSource: "dump" as const,
      dek: n === 1 ? "A dek." : null,
      paragraphs: [`Lede ${n}.`],
      contributors: [`Writer ${n}`],
      startLine: n,
      endLine: n,
      wordCount: 10 * n,
      contentHash: `edition-${n}`,
    });
    const { articleIds } = await store.saveParsedDump(dump.id, [1, 2, 3].map(article), 0);
    // Article 3 stays unclassified.
    await store.saveLabels([
      {
        articleId: articleIds[0] as number,
        labels: {
          beats: [
            { id: "politics", score: 0.75 },
            { id: "health", score: 0.5 },
          ],
          regions: [
            { id: "europe", score: 0.875 },
            { id: "africa", score: 0.25 },
          ],
          places: [],
          people: [],
        },
      },
      {
        articleId: articleIds[1] as number,
        labels: { beats: [], regions: [], places: [], people: [] },
      },
    ]);
  });
  afterAll(async () => {
    await store?.close();
  });

  it("returns the classified articles of the period with their beats and regions, best first", async () => {
    const now = Date.now();
    const rows = await listEditionArticles(store.db, {
      since: new Date(now - 3_600_000),
      until: new Date(now + 60_000),
    });
    expect(rows.map((row) => row.headline)).toEqual(["Story 1", "Story 2"]);
    expect(rows[0]).toMatchObject({
      dek: "A dek.",
      paragraphs: ["Lede 1."],
      contributors: ["Writer 1"],
      wordCount: 10,
      beats: [
        { id: "politics", score: 0.75 },
        { id: "health", score: 0.5 },
      ],
      regions: [
        { id: "europe", score: 0.875 },
        { id: "africa", score: 0.25 },
      ],
    });
    expect(typeof rows[0]?.id).toBe("number");
    expect(rows[0]?.createdAt).toBeInstanceOf(Date);
    expect(rows[1]).toMatchObject({ beats: [], regions: [] });
  });

  it("leaves out articles outside the period", async () => {
    const rows = await listEditionArticles(store.db, {
      since: new Date(Date.now() + 60_000),
      until: new Date(Date.now() + 120_000),
    });
    expect(rows).toEqual([]);
  });
});
