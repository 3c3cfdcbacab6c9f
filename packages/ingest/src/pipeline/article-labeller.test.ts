import type { ArticleLabels, StoredArticle } from "@newsdesk/store";
import { describe, expect, it } from "vitest";
import { classifyEach } from "../cpu/cpu-work.js";
import {
  ArticleNotFoundError,
  ClassifyFailedError,
  createArticleLabeller,
} from "./article-labeller.js";
import type { ClassifyFn } from "./pipeline-types.js";

const labels: ArticleLabels = {
  beats: [{ id: "sport", score: 1 }],
  regions: [],
  places: [],
  people: [],
};

function fakeStore(options: { failSaveOf?: number } = {}) {
  const saved: number[][] = [];
  const savedLabels = new Map<number, ArticleLabels>();
  const reads: number[][] = [];
  return {
    saved,
    savedLabels,
    reads,
    async getArticles(ids: readonly number[]) {
      reads.push([...ids]);
      return ids
        .filter((id) => id !== 404)
        .map(
          (id) =>
            ({
              id,
              headline: `story ${id}`,
              dek: null,
              paragraphs: [],
              contributors: [],
            }) as unknown as StoredArticle,
        );
    },
    async saveLabels(items: readonly { articleId: number; labels: ArticleLabels }[]) {
      if (items.some((item) => item.articleId === options.failSaveOf))
        throw new Error("constraint violated");
      saved.push(items.map((item) => item.articleId));
      for (const item of items) savedLabels.set(item.articleId, item.labels);
    },
  };
}

const inProcess = (classify: ClassifyFn) => async (articles: Parameters<typeof classifyEach>[1]) =>
  classifyEach(classify, articles);

describe("article labeller", () => {
  it("reads and writes the articles asked for in the same tick as one batch", async () => {
    const store = fakeStore();
    const labeller = createArticleLabeller({ store, classify: inProcess(() => labels) });
    await Promise.all([1, 2, 3, 4].map((id) => labeller.label(id)));
    expect(store.reads).toEqual([[1, 2, 3, 4]]);
    expect(store.saved).toEqual([[1, 2, 3, 4]]);
  });

  it("gathers what arrives during a write into the next batch, up to maxBatch", async () => {
    const store = fakeStore();
    const labeller = createArticleLabeller({
      store,
      classify: inProcess(() => labels),
      maxBatch: 2,
    });
    await Promise.all([1, 2, 3, 4, 5].map((id) => labeller.label(id)));
    expect(store.saved).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("hands the classifier's evidence to the store with the labels", async () => {
    const store = fakeStore();
    const evidence = { beat: ["penalty shoot-out"], region: ["Turin"] };
    const labeller = createArticleLabeller({
      store,
      classify: inProcess(() => ({ ...labels, evidence })),
    });
    await labeller.label(7);
    expect(store.savedLabels.get(7)?.evidence).toEqual(evidence);
  });

  it("fails a missing article and one the classifier throws on, alone", async () => {
    const store = fakeStore();
    const labeller = createArticleLabeller({
      store,
      classify: inProcess((article) => {
        if (article.headline === "story 2") throw new Error("boom");
        return labels;
      }),
    });
    const results = await Promise.allSettled([1, 2, 404, 3].map((id) => labeller.label(id)));
    expect(results.map((result) => result.status)).toEqual([
      "fulfilled",
      "rejected",
      "rejected",
      "fulfilled",
    ]);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(ClassifyFailedError);
    expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(ArticleNotFoundError);
    expect(store.saved).toEqual([[1, 3]]);
  });

  it("falls back to one write per article when a batch write fails, so only the bad one fails", async () => {
    const store = fakeStore({ failSaveOf: 2 });
    const labeller = createArticleLabeller({ store, classify: inProcess(() => labels) });
    const results = await Promise.allSettled([1, 2, 3].map((id) => labeller.label(id)));
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(store.saved).toEqual([[1], [3]]);
  });
});
