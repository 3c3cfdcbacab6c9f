import { describe, expect, it } from "vitest";
import type { NewArticle } from "./articles.js";
import type { ArticleLabels } from "./labels.js";
import { type StoreCounts, toStoreCounts } from "./store-counts.js";
import type { TestStore } from "./test-support/index.js";
import { TEST_DATABASE, useTestStore } from "./test-support/use-test-store.js";

function article(n: number): NewArticle {
  return {
    headline: `Tram line ${n} extended to the quays`,
    headlineSource: "dump",
    dek: null,
    paragraphs: [`First paragraph of report ${n}.`, `Second paragraph of report ${n}.`],
    contributors: [],
    startLine: n * 5 + 1,
    endLine: n * 5 + 4,
    wordCount: 10,
    contentHash: `counted-${n}`,
  };
}

function labelled(region: string, beat: string): ArticleLabels {
  return {
    beats: [{ id: beat, score: 0.9 }],
    regions: [{ id: region, score: 0.8 }],
    places: [],
    people: [],
  };
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** The counts as a full scan of the tables gives them: what the kept counters must equal. */
async function recount(store: TestStore): Promise<StoreCounts> {
  const rows = await store.db.query<{ counter: string; label: string; total: number }>(
    `SELECT 'articles' AS counter, '' AS label, count(*)::int AS total FROM articles
       UNION ALL SELECT 'classified', '', count(*)::int FROM articles WHERE classified_at IS NOT NULL
       UNION ALL SELECT 'classify_failed', '', count(*)::int FROM articles
         WHERE classified_at IS NULL AND classify_error IS NOT NULL
       UNION ALL SELECT 'dumps', '', count(*)::int FROM dumps
       UNION ALL SELECT 'region', primary_region, count(*)::int FROM articles
         WHERE primary_region IS NOT NULL GROUP BY primary_region
       UNION ALL SELECT 'beat', primary_beat, count(*)::int FROM articles
         WHERE primary_beat IS NOT NULL GROUP BY primary_beat`,
  );
  return toStoreCounts(rows);
}

describe(`counts kept by the store on ${TEST_DATABASE}`, () => {
  let store: TestStore;
  useTestStore((opened) => {
    store = opened;
  });

  async function expectCountsRight(expected: Partial<StoreCounts>): Promise<void> {
    const counts = await store.counts();
    expect(counts).toEqual(await recount(store));
    expect(counts).toMatchObject(expected);
  }

  it("stay right through ingest, classification, failures, desk edits and deletes", async () => {
    await expectCountsRight({ articles: 0, dumps: 0, byRegion: [] });
    const first = (await store.registerDump({ name: "a", content: bytes("a") })).dump;
    const second = (await store.registerDump({ name: "b", content: bytes("b") })).dump;
    await store.registerDump({ name: "a again", content: bytes("a") });
    const { articleIds } = await store.saveParsedDump(first.id, [1, 2, 3, 4].map(article), 0);
    // Shared articles are counted once, and a retried save adds nothing.
    await store.saveParsedDump(second.id, [3, 4, 5].map(article), 0);
    await store.saveParsedDump(second.id, [3, 4, 5].map(article), 0);
    await expectCountsRight({ articles: 5, dumps: 2, classified: 0 });

    const [a, b, c, d] = articleIds as [number, number, number, number];
    await store.saveLabels([
      { articleId: a, labels: labelled("europe", "politics") },
      { articleId: b, labels: labelled("europe", "sport") },
      { articleId: c, labels: labelled("africa", "politics") },
    ]);
    await expectCountsRight({
      classified: 3,
      byRegion: [
        { id: "europe", articles: 2 },
        { id: "africa", articles: 1 },
      ],
    });

    // Classified again with other labels: moved, not added.
    await store.saveLabels([{ articleId: b, labels: labelled("africa", "politics") }]);
    await store.markClassifyFailed(d, "model missing");
    await expectCountsRight({
      classified: 3,
      classifyFailed: 1,
      byBeat: [{ id: "politics", articles: 3 }],
    });
    await store.saveLabels([{ articleId: d, labels: labelled("asia", "science") }]);
    await expectCountsRight({ classified: 4, classifyFailed: 0 });

    // The desk's split adds an article with its first part's labels.
    await store.splitArticle(a, 1, "Second half", "editor");
    await expectCountsRight({ articles: 6, classified: 5 });

    await store.db.query("DELETE FROM articles WHERE id = $1", [c]);
    await store.db.query("DELETE FROM dumps WHERE id = $1", [first.id]);
    await expectCountsRight({ articles: 5, dumps: 1, classified: 4 });
  });

  // 600 statements: a minute on a busy machine.
  it("fold many changes into one row per counter and still count every change", {
    timeout: 180_000,
  }, async () => {
    const dump = (await store.registerDump({ name: "many", content: bytes("many") })).dump;
    // One statement per article, each adding rows of changes (1 stored, then 3 classified):
    // more than a read leaves unfolded.
    for (let n = 0; n < 300; n++) await store.saveParsedDump(dump.id, [article(n)], 0);
    const ids = await store.articleIdsAfter(0, 1_000);
    for (const [index, articleId] of ids.entries()) {
      await store.saveLabels([
        { articleId, labels: labelled(index % 2 ? "europe" : "asia", "sport") },
      ]);
    }
    await expectCountsRight({ articles: 300, classified: 300 });
    const [{ rows } = { rows: 0 }] = await store.db.query<{ rows: number }>(
      "SELECT count(*)::int AS rows FROM store_counts",
    );
    // articles, classified, dumps, two regions and one beat.
    expect(rows).toBe(6);
    await store.saveParsedDump(dump.id, [article(300)], 0);
    await expectCountsRight({ articles: 301, classified: 300 });
  });

  it("empty with the tables they count", async () => {
    const dump = (await store.registerDump({ name: "t", content: bytes("t") })).dump;
    await store.saveParsedDump(dump.id, [article(1)], 0);
    await store.reset();
    await expectCountsRight({ articles: 0, dumps: 0 });
  });
});

describe("toStoreCounts", () => {
  it("sums per counter and lists labels largest first, then by id, leaving out zeros", () => {
    expect(
      toStoreCounts([
        { counter: "articles", label: "", total: 4 },
        { counter: "region", label: "europe", total: 1 },
        { counter: "region", label: "asia", total: 2 },
        { counter: "region", label: "africa", total: 1 },
        { counter: "beat", label: "sport", total: 0 },
      ]),
    ).toEqual({
      articles: 4,
      classified: 0,
      classifyFailed: 0,
      dumps: 0,
      byRegion: [
        { id: "asia", articles: 2 },
        { id: "africa", articles: 1 },
        { id: "europe", articles: 1 },
      ],
      byBeat: [],
    });
  });
});
