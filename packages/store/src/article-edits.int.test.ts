import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ArticleEditError } from "./article-edits.js";
import { listEditionArticles } from "./edition-articles.js";
import { openTestStore, type TestStore } from "./test-support/index.js";

const NO_LABELS = { beats: [], regions: [], places: [], people: [] };

function story(n: number, paragraphs: string[], headlineSource: "dump" | "derived" = "dump") {
  return {
    headline: `Story ${n}`,
    headlineSource,
    dek: null,
    paragraphs,
    contributors: [],
    startLine: n * 10,
    endLine: n * 10 + 5,
    wordCount: 3,
    contentHash: `edits-${n}`,
  };
}

// Against PostgreSQL when DATABASE_URL is set (its own schema), else in-memory PGlite.
describe("the desk's article edits", () => {
  let store: TestStore;
  let dumpId: number;
  let ids: number[];
  const period = () => ({
    since: new Date(Date.now() - 3_600_000),
    until: new Date(Date.now() + 60_000),
  });

  beforeAll(async () => {
    store = await openTestStore();
  });
  beforeEach(async () => {
    await store.reset();
    const { dump } = await store.registerDump({ name: "edits.txt", content: new Uint8Array([7]) });
    dumpId = dump.id;
    const saved = await store.saveParsedDump(
      dumpId,
      [
        story(1, ["Tide gates close at Perrow.", "Crews worked overnight."]),
        story(2, ["The harbour master spoke at noon."], "derived"),
        story(3, ["Orchard fair opens in Lisk.", "Cider sold out.", "Bands played late."]),
      ],
      2,
    );
    ids = saved.articleIds;
    await store.saveLabels(
      ids.map((articleId) => ({
        articleId,
        labels: {
          ...NO_LABELS,
          beats: [{ id: "environment", score: 0.5 }],
          regions: [{ id: "europe", score: 0.75 }],
        },
      })),
    );
  });
  afterAll(async () => {
    await store?.close();
  });

  it("lists the dump with its counts and edited articles", async () => {
    await store.editArticle(ids[0] as number, { headline: "Perrow shuts its tide gates" }, "ana");
    const [dump] = await store.listDeskDumps({ lowConfidenceBelow: 0.6 });
    expect(dump).toMatchObject({
      id: dumpId,
      name: "edits.txt",
      articleCount: 3,
      newCount: 3,
      knownCount: 0,
      warningCount: 2,
      failedCount: 0,
      editedCount: 1,
    });
  });

  it("applies headline, dek and primary beat and region edits over the labels, also after reclassification", async () => {
    const id = ids[0] as number;
    await store.editArticle(
      id,
      {
        headline: "Perrow shuts its tide gates",
        dek: "Storm surge due",
        primaryBeat: "politics",
        primaryRegion: "africa",
      },
      "ana",
    );
    // The classifier runs again: labels are replaced whole, the edits stay.
    await store.saveLabels([
      {
        articleId: id,
        labels: { ...NO_LABELS, beats: [{ id: "weather", score: 0.25 }], regions: [] },
      },
    ]);
    const [row] = (await listEditionArticles(store.db, period())).filter(
      (article) => article.id === id,
    );
    expect(row).toMatchObject({
      headline: "Perrow shuts its tide gates",
      dek: "Storm surge due",
      beats: [
        { id: "politics", score: 0.25 },
        { id: "weather", score: 0.25 },
      ],
      regions: [{ id: "africa", score: 1 }],
    });
    const [desk] = await store.listDumpArticles(dumpId);
    expect(desk).toMatchObject({ headlineEdited: true, primaryBeat: "politics", editedBy: "ana" });
    await store.editArticle(id, { dek: "" }, "ana");
    const [cleared] = (await listEditionArticles(store.db, period())).filter(
      (article) => article.id === id,
    );
    expect(cleared?.dek).toBeNull();
    expect(
      (await store.articleEditHistory(id)).map((entry) => [entry.action, entry.editor]),
    ).toEqual([
      ["edit", "ana"],
      ["edit", "ana"],
    ]);
  });

  it("merges an article into the one above: its text is appended, and it leaves the edition", async () => {
    const target = await store.mergeIntoAbove(dumpId, ids[1] as number, "ana");
    expect(target).toBe(ids[0]);
    const edition = await listEditionArticles(store.db, period());
    expect(edition.map((article) => article.headline)).toEqual(["Story 1", "Story 3"]);
    // A derived headline is the lede's own words: not appended twice.
    expect(edition[0]?.paragraphs).toEqual([
      "Tide gates close at Perrow.",
      "Crews worked overnight.",
      "The harbour master spoke at noon.",
    ]);
    expect(edition[0]?.wordCount).toBe(14);
    const desk = await store.listDumpArticles(dumpId);
    expect(desk[1]).toMatchObject({ hidden: true, mergedInto: ids[0] });
    // The next one merges past the hidden article into the first.
    expect(await store.mergeIntoAbove(dumpId, ids[2] as number, "ana")).toBe(ids[0]);
    expect((await listEditionArticles(store.db, period()))[0]?.paragraphs).toContain("Story 3");
    await expect(store.mergeIntoAbove(dumpId, ids[0] as number, "ana")).rejects.toThrow(
      ArticleEditError,
    );
  });

  it("splits an article at a paragraph into two, the new one right after it with the same labels", async () => {
    const newId = await store.splitArticle(ids[2] as number, 1, "Cider sold out", "ana");
    const desk = await store.listDumpArticles(dumpId);
    expect(desk.map((article) => article.headline)).toEqual([
      "Story 1",
      "Story 2",
      "Story 3",
      "Cider sold out",
    ]);
    expect(desk[2]?.paragraphs).toEqual(["Orchard fair opens in Lisk."]);
    expect(desk[3]).toMatchObject({
      id: newId,
      splitFrom: ids[2],
      paragraphs: ["Cider sold out.", "Bands played late."],
      wordCount: 6,
      beats: [{ id: "environment", score: 0.5 }],
      headlineSource: "derived",
    });
    expect((await listEditionArticles(store.db, period())).map((article) => article.id)).toContain(
      newId,
    );
    await expect(store.splitArticle(ids[2] as number, 1, "Again", "ana")).rejects.toThrow(
      ArticleEditError,
    );
    await expect(store.splitArticle(ids[0] as number, 0, "Nope", "ana")).rejects.toThrow(
      /splits before one of its paragraphs 2 to 2/,
    );
  });

  it("hides an article from editions and shows it again, and the preview's stamp changes", async () => {
    const before = await store.articlesStamp();
    await store.setArticleHidden(ids[0] as number, true, "ana");
    expect(await store.articlesStamp()).not.toBe(before);
    expect(
      (await listEditionArticles(store.db, period())).map((article) => article.id),
    ).not.toContain(ids[0]);
    await store.setArticleHidden(ids[0] as number, false, "ana");
    expect((await listEditionArticles(store.db, period())).map((article) => article.id)).toContain(
      ids[0],
    );
  });
});
