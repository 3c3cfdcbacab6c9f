import { describe, expect, it } from "vitest";
import type { NewArticle } from "./articles.js";
import type { ArticleLabels } from "./labels.js";
import { loadMigrations, migrate } from "./migrate.js";
import type { TestStore } from "./test-support/index.js";
import { TEST_DATABASE, useTestStore } from "./test-support/use-test-store.js";

function article(n: number, overrides: Partial<NewArticle> = {}): NewArticle {
  return {
    headline: `Harbour ferry ${n} resumes service`,
    headlineSource: "dump",
    dek: null,
    paragraphs: [`Paragraph one of story ${n}.`, `Paragraph two of story ${n}.`],
    contributors: ["Ada Reporter"],
    startLine: n * 10 + 1,
    endLine: n * 10 + 9,
    wordCount: 12,
    contentHash: `hash-${n}`,
    ...overrides,
  };
}

const labels: ArticleLabels = {
  beats: [
    { id: "politics", score: 0.8 },
    { id: "economy-business-finance", score: 0.3 },
  ],
  regions: [{ id: "europe", score: 0.9 }],
  places: [
    { name: "Lisbon", countryCode: "PT", mentions: 3 },
    { name: "Porto", countryCode: "PT", mentions: 1 },
  ],
  people: ["Ada Minister", "Bo Mayor"],
};

const bytes = (text: string) => new TextEncoder().encode(text);

describe(`store on ${TEST_DATABASE}`, () => {
  let store: TestStore;
  useTestStore((opened) => {
    store = opened;
  });

  it("applies migrations once, however often it is asked", async () => {
    const migrations = await loadMigrations();
    expect(migrations.map((m) => m.version)).toContain("0001_initial");
    expect(await migrate(store.db, migrations)).toEqual([]);
    const rows = await store.db.query<{ version: string }>("SELECT version FROM schema_migrations");
    expect(rows.map((row) => row.version)).toEqual(migrations.map((m) => m.version));
  });

  it("registers a dump once per sha256 and keeps its bytes", async () => {
    const first = await store.registerDump({ name: "a.txt", content: bytes("one\ntwo\n") });
    const again = await store.registerDump({ name: "b.txt", content: bytes("one\ntwo\n") });
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.dump.id).toBe(first.dump.id);
    expect(again.dump.name).toBe("a.txt");
    expect(first.dump.status).toBe("queued");
    expect(first.dump.sha256).toMatch(/^[0-9a-f]{64}$/);
    const content = await store.getDumpContent(first.dump.id);
    expect(new TextDecoder().decode(content)).toBe("one\ntwo\n");
  });

  it("stores a dump's articles once, linked to every dump they appear in", async () => {
    const d1 = (await store.registerDump({ name: "1", content: bytes("1") })).dump;
    const d2 = (await store.registerDump({ name: "2", content: bytes("2") })).dump;
    const first = await store.saveParsedDump(d1.id, [article(1), article(2), article(1)], 1);
    expect(first).toMatchObject({ inserted: 2, known: 0 });
    expect(first.articleIds).toHaveLength(2);

    const second = await store.saveParsedDump(d2.id, [article(2), article(3)], 0);
    expect(second).toMatchObject({ inserted: 1, known: 1 });
    expect(second.articleIds[0]).toBe(first.articleIds[1]);

    const counts = await store.counts();
    expect(counts).toMatchObject({ articles: 3, dumps: 2, classified: 0 });
    const links = await store.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM dump_articles",
    );
    expect(links[0]?.n).toBe(4);
    const dump = await store.getDump(d1.id);
    expect(dump).toMatchObject({ status: "parsed", articleCount: 2, newCount: 2, knownCount: 0 });
    expect(dump?.warningCount).toBe(1);
  });

  it("keeps the first run's counts when a dump is saved again (a retried job)", async () => {
    const d = (await store.registerDump({ name: "1", content: bytes("1") })).dump;
    await store.saveParsedDump(d.id, [article(1), article(2)], 0);
    const again = await store.saveParsedDump(d.id, [article(1), article(2)], 0);
    expect(again).toMatchObject({ inserted: 2, known: 0 });
    expect((await store.counts()).articles).toBe(2);
  });

  it("round-trips article fields", async () => {
    const d = (await store.registerDump({ name: "1", content: bytes("1") })).dump;
    const { articleIds } = await store.saveParsedDump(
      d.id,
      [
        article(7, {
          dek: "A dek line",
          headlineSource: "derived",
          paragraphs: ["“Curly” – ünïcode"],
        }),
      ],
      0,
    );
    const [stored] = await store.getArticles(articleIds);
    expect(stored).toMatchObject({
      id: articleIds[0],
      headline: "Harbour ferry 7 resumes service",
      headlineSource: "derived",
      dek: "A dek line",
      paragraphs: ["“Curly” – ünïcode"],
      contributors: ["Ada Reporter"],
      wordCount: 12,
      classifiedAt: null,
    });
  });

  it("saves labels in a batch, replaces them on reclassification, and counts per region and beat", async () => {
    const d = (await store.registerDump({ name: "1", content: bytes("1") })).dump;
    const { articleIds } = await store.saveParsedDump(
      d.id,
      [article(1), article(2), article(3)],
      0,
    );
    const [a1, a2, a3] = articleIds as [number, number, number];
    expect(await store.unclassifiedArticleIds(d.id)).toEqual([a1, a2, a3]);

    await store.saveLabels([
      { articleId: a1, labels },
      { articleId: a2, labels: { ...labels, regions: [{ id: "africa", score: 0.7 }] } },
    ]);
    expect(await store.unclassifiedArticleIds(d.id)).toEqual([a3]);
    expect(await store.getLabels(a1)).toEqual(labels);

    const relabelled: ArticleLabels = {
      beats: [{ id: "sport", score: 0.5 }],
      regions: [{ id: "asia-pacific", score: 0.6 }],
      places: [],
      people: [],
    };
    await store.saveLabels([{ articleId: a1, labels: relabelled }]);
    expect(await store.getLabels(a1)).toEqual(relabelled);

    const counts = await store.counts();
    expect(counts.classified).toBe(2);
    expect(counts.byRegion).toEqual([
      { id: "africa", articles: 1 },
      { id: "asia-pacific", articles: 1 },
    ]);
    expect(counts.byBeat).toEqual([
      { id: "politics", articles: 1 },
      { id: "sport", articles: 1 },
    ]);
  });

  it("reports progress of a set of dumps, failures included", async () => {
    const ok = (await store.registerDump({ name: "ok", content: bytes("ok") })).dump;
    const bad = (await store.registerDump({ name: "bad", content: bytes("bad") })).dump;
    const { articleIds } = await store.saveParsedDump(ok.id, [article(1), article(2)], 0);
    await store.saveLabels([{ articleId: articleIds[0] as number, labels }]);
    await store.markClassifyFailed(articleIds[1] as number, "classifier exploded");
    await store.failDump(bad.id, "not a text dump");

    expect(await store.dumpProgress([ok.id, bad.id])).toEqual({
      dumps: 2,
      dumpsDone: 2,
      dumpsFailed: 1,
      articles: 2,
      classified: 1,
      classifyFailed: 1,
      newArticles: 2,
      knownArticles: 0,
    });
    const recent = await store.recentDumps(5);
    expect(recent.map((dump) => [dump.name, dump.status, dump.error])).toEqual([
      ["bad", "failed", "not a text dump"],
      ["ok", "parsed", null],
    ]);

    // Only a failed dump goes back to the queue.
    expect(await store.requeueFailedDump(ok.id)).toBe(false);
    expect(await store.requeueFailedDump(bad.id)).toBe(true);
    expect(await store.getDump(bad.id)).toMatchObject({ status: "queued", error: null });
  });

  it("pages through article ids", async () => {
    const d = (await store.registerDump({ name: "1", content: bytes("1") })).dump;
    const { articleIds } = await store.saveParsedDump(
      d.id,
      Array.from({ length: 5 }, (_, i) => article(i)),
      0,
    );
    const sorted = [...articleIds].sort((a, b) => a - b);
    expect(await store.articleIdsAfter(0, 3)).toEqual(sorted.slice(0, 3));
    expect(await store.articleIdsAfter(sorted[2] as number, 3)).toEqual(sorted.slice(3));
  });

  it("stores a large dump in one go", async () => {
    const d = (await store.registerDump({ name: "big", content: bytes("big") })).dump;
    const many = Array.from({ length: 2_000 }, (_, i) => article(i));
    const result = await store.saveParsedDump(d.id, many, 0);
    expect(result.inserted).toBe(2_000);
    expect(new Set(result.articleIds).size).toBe(2_000);
  });
});
