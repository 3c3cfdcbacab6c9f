import { describe, expect, it } from "vitest";
import { editionList } from "./edition-list.js";

describe("editionList", () => {
  it("gives the daily and the weekly their own labelled list", () => {
    expect(editionList("daily", "news.example.org")).toEqual({
      listId: "daily.news.example.org",
      listName: "Newsdesk daily",
    });
    expect(editionList("weekly", "news.example.org").listId).toBe("weekly.news.example.org");
  });
});
