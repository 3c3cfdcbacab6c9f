import { describe, expect, it } from "vitest";
import { editionArticleIds } from "./edition-article-ids.js";

describe("editionArticleIds", () => {
  it("names every card's article and every folded one", () => {
    const content = {
      frequency: "daily",
      topStories: 1,
      sections: [
        {
          region: "europe",
          items: [
            { articleId: 3, also: [{ articleId: 7 }, { articleId: 9 }] },
            { articleId: 4, also: [] },
          ],
        },
        { region: "africa", items: [{ articleId: 11, also: [] }] },
      ],
    };
    expect(editionArticleIds(content)).toEqual([3, 7, 9, 4, 11]);
  });

  it.each([
    null,
    "edition",
    {},
    { sections: "none" },
    { sections: [null, { items: [null, { articleId: "5" }] }] },
  ])("names none in content of another shape (%j)", (content) => {
    expect(editionArticleIds(content)).toEqual([]);
  });
});
