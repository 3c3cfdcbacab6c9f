import { describe, expect, it } from "vitest";
import type { TestStore } from "./test-support/index.js";
import { TEST_DATABASE, useTestStore } from "./test-support/use-test-store.js";

const day = (d: number) => new Date(Date.UTC(2026, 9, d, 6));

describe(`archive queries on ${TEST_DATABASE}`, () => {
  let store: TestStore;
  useTestStore((opened) => {
    store = opened;
  });

  const save = async (d: number, prepare: boolean) => {
    const { edition } = await store.saveEdition({
      frequency: "daily",
      periodStart: day(d - 1),
      periodEnd: day(d),
      content: { sections: [], day: d },
      articleCount: d,
    });
    if (prepare) await store.prepareDeliveries(edition.id);
    return edition.id;
  };

  it("lists prepared editions newest first, never drafts, and pages back", async () => {
    const first = await save(10, true);
    const draft = await save(12, false);
    const second = await save(11, true);
    const listed = await store.listArchivedEditions();
    expect(listed.map((row) => row.id)).toEqual([second, first]);
    expect(listed[0]).toMatchObject({ frequency: "daily", articleCount: 11 });
    expect(listed[0]?.periodEnd).toEqual(day(11));
    expect(listed[0]?.preparedAt).toBeInstanceOf(Date);
    expect(
      (await store.listArchivedEditions({ limit: 5, before: second })).map((row) => row.id),
    ).toEqual([first]);
    expect(await store.getArchivedEdition(draft)).toBeUndefined();
    expect(await store.getArchivedEdition(first)).toMatchObject({
      id: first,
      content: { sections: [], day: 10 },
    });
    expect(await store.getArchivedEdition(999_999)).toBeUndefined();
  });

  it("reads an article with its labels, best first, and the dumps it came in", async () => {
    const { dump } = await store.registerDump({
      name: "desk.txt",
      content: new TextEncoder().encode("archive test"),
    });
    const { articleIds } = await store.saveParsedDump(
      dump.id,
      [
        {
          headline: "Harbour reopens",
          headlineSource: "dump",
          dek: null,
          paragraphs: ["The harbour reopened.", "Ferries ran again."],
          contributors: ["Desk Writer"],
          startLine: 1,
          endLine: 3,
          wordCount: 6,
          contentHash: "archive-article",
        },
      ],
      0,
    );
    const id = articleIds[0] as number;
    await store.saveLabels([
      {
        articleId: id,
        labels: {
          beats: [
            { id: "economy-business-finance", score: 0.8 },
            { id: "politics", score: 0.3 },
          ],
          regions: [{ id: "europe", score: 0.9 }],
          places: [{ name: "Split", countryCode: "HR", mentions: 2 }],
          people: ["Ana Horvat"],
        },
      },
    ]);
    const page = await store.getArticlePage(id);
    expect(page).toMatchObject({
      id,
      headline: "Harbour reopens",
      paragraphs: ["The harbour reopened.", "Ferries ran again."],
      contributors: ["Desk Writer"],
      labels: {
        beats: [{ id: "economy-business-finance" }, { id: "politics" }],
        regions: [{ id: "europe" }],
        places: [{ name: "Split", countryCode: "HR", mentions: 2 }],
        people: ["Ana Horvat"],
      },
      sources: [{ dumpId: dump.id, name: "desk.txt" }],
    });
    expect(page?.classifiedAt).toBeInstanceOf(Date);
    expect(await store.getArticlePage(id + 1_000)).toBeUndefined();
  });
});
