import { describe, expect, it } from "vitest";
import { listEditionArticles } from "./edition-articles.js";
import type { ArticleLabels } from "./labels.js";
import type { TestStore } from "./test-support/index.js";
import { TEST_DATABASE, useTestStore } from "./test-support/use-test-store.js";

/** A made-up story as the parser gives it, with the start confidence it may carry. */
function story(n: number, startConfidence?: number) {
  return {
    headline: `Tollgate story ${n}`,
    headlineSource: "dump" as const,
    dek: null,
    paragraphs: [`Paragraph one of story ${n}.`, `Paragraph two of story ${n}.`],
    contributors: [],
    startLine: n * 10,
    endLine: n * 10 + 5,
    ...(startConfidence === undefined ? {} : { startConfidence }),
    wordCount: 10,
    contentHash: `evidence-${n}`,
  };
}

const TRADE: ArticleLabels = {
  beats: [{ id: "economy-business-finance", score: 0.8 }],
  regions: [{ id: "europe", score: 0.9 }],
  places: [{ name: "Berlin", countryCode: "DE", mentions: 2 }],
  people: [],
  evidence: { beat: ["tariffs", "exports"], region: ["Berlin"] },
};

describe(`classification evidence and boundary confidence on ${TEST_DATABASE}`, () => {
  let store: TestStore;
  useTestStore((opened) => {
    store = opened;
  });
  const period = () => ({
    since: new Date(Date.now() - 3_600_000),
    until: new Date(Date.now() + 60_000),
  });

  async function saveDump() {
    const { dump } = await store.registerDump({
      name: "tollgate.txt",
      content: new TextEncoder().encode("evidence test"),
    });
    const { articleIds } = await store.saveParsedDump(
      dump.id,
      [story(1), story(2, 0.42), story(3, 0.91)],
      0,
    );
    return { dumpId: dump.id, ids: articleIds };
  }

  const evidenceOf = async (id: number) =>
    (await listEditionArticles(store.db, period())).find((row) => row.id === id)?.evidence;

  it("keeps each boundary's start confidence and counts the low ones per dump", async () => {
    const { dumpId } = await saveDump();
    const articles = await store.listDumpArticles(dumpId);
    expect(articles.map((article) => article.startConfidence)).toEqual([
      null,
      expect.closeTo(0.42, 5),
      expect.closeTo(0.91, 5),
    ]);
    const [dump] = await store.listDeskDumps({ lowConfidenceBelow: 0.6 });
    expect(dump).toMatchObject({ id: dumpId, lowConfidenceCount: 1 });
    const [strict] = await store.listDeskDumps({ lowConfidenceBelow: 0.95 });
    expect(strict?.lowConfidenceCount).toBe(2);
  });

  it("stores the evidence with the labels and replaces it on reclassification", async () => {
    const { dumpId, ids } = await saveDump();
    const id = ids[0] as number;
    expect((await store.listDumpArticles(dumpId))[0]?.evidence).toEqual({ beat: [], region: [] });

    await store.saveLabels([{ articleId: id, labels: TRADE }]);
    const stored = { beat: ["tariffs", "exports"], region: ["Berlin"] };
    expect(await evidenceOf(id)).toEqual(stored);
    expect((await store.getArticlePage(id))?.evidence).toEqual(stored);
    expect((await store.listDumpArticles(dumpId))[0]?.evidence).toEqual(stored);

    await store.saveLabels([
      {
        articleId: id,
        labels: { ...TRADE, evidence: { beat: ["customs duties"], region: ["Hamburg"] } },
      },
    ]);
    expect(await evidenceOf(id)).toEqual({ beat: ["customs duties"], region: ["Hamburg"] });

    // Where the wording pattern chose the beat, the reader is told so, until an editor sets it.
    const pattern = { beat: ["debt", "treasury"], region: ["Hamburg"], wordingOver: "politics" };
    await store.saveLabels([{ articleId: id, labels: { ...TRADE, evidence: pattern } }]);
    expect(await evidenceOf(id)).toEqual(pattern);
    expect((await store.getArticlePage(id))?.evidence).toEqual(pattern);

    // A classification without evidence leaves none behind: an old reason never outlives its labels.
    const { evidence: _none, ...withoutEvidence } = TRADE;
    await store.saveLabels([{ articleId: id, labels: withoutEvidence }]);
    expect(await evidenceOf(id)).toEqual({ beat: [], region: [] });
  });

  it("says an editor set the beat or region, also after reclassification, and shows the edit on the article's page", async () => {
    const { ids } = await saveDump();
    const id = ids[0] as number;
    await store.saveLabels([{ articleId: id, labels: TRADE }]);
    await store.editArticle(id, { primaryBeat: "sport", headline: "Tollgate cup final" }, "ana");
    expect(await evidenceOf(id)).toEqual({ beat: null, region: ["Berlin"] });

    await store.saveLabels([{ articleId: id, labels: TRADE }]);
    const page = await store.getArticlePage(id);
    expect(page).toMatchObject({
      id,
      headline: "Tollgate cup final",
      evidence: { beat: null, region: ["Berlin"] },
      labels: {
        beats: [{ id: "sport" }, { id: "economy-business-finance" }],
        regions: [{ id: "europe" }],
        places: [{ name: "Berlin" }],
      },
    });
    expect(page?.createdAt).toBeInstanceOf(Date);

    await store.editArticle(id, { primaryRegion: "africa" }, "ana");
    expect(await evidenceOf(id)).toEqual({ beat: null, region: null });
  });

  it("gives a split-off part neither the evidence nor the start confidence of the article it came from", async () => {
    const { dumpId, ids } = await saveDump();
    const id = ids[1] as number;
    await store.saveLabels([{ articleId: id, labels: TRADE }]);
    const part = await store.splitArticle(id, 1, "Paragraph two", "ana");
    const articles = await store.listDumpArticles(dumpId);
    const original = articles.find((article) => article.id === id);
    const split = articles.find((article) => article.id === part);
    expect(original?.startConfidence).toBeCloseTo(0.42, 5);
    expect(original?.evidence).toEqual({ beat: ["tariffs", "exports"], region: ["Berlin"] });
    expect(split).toMatchObject({
      startConfidence: null,
      evidence: { beat: [], region: [] },
      beats: [{ id: "economy-business-finance" }],
    });
  });
});
