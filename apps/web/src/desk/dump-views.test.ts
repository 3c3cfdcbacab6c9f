import type { DeskArticle } from "@newsdesk/store";
import { describe, expect, it } from "vitest";
import { dumpArticleItem, dumpListItem } from "./dump-views.js";

const article: DeskArticle = {
  id: 12,
  position: 0,
  startLine: 3,
  endLine: 9,
  headline: "Lantern boats return",
  headlineSource: "derived",
  headlineEdited: false,
  dek: null,
  paragraphs: ["x".repeat(300), "Second."],
  wordCount: 40,
  beats: [
    { id: "politics", score: 0.5 },
    { id: "health", score: 0.25 },
  ],
  regions: [{ id: "europe", score: 0.75 }],
  primaryBeat: "politics",
  primaryRegion: "europe",
  evidence: { beat: ["parliament", "coalition"], region: null },
  startConfidence: null,
  classified: true,
  classifyError: null,
  hidden: false,
  mergedInto: null,
  splitFrom: null,
  editedBy: null,
  editedAt: null,
};

describe("the dump pages' items", () => {
  it("marks a derived headline, names labels and cuts the lede", () => {
    const item = dumpArticleItem(4, article, 0);
    expect(item).toMatchObject({
      number: 1,
      editHref: "/admin/dumps/4/articles/12",
      derived: true,
      lines: "3–9",
      canMerge: false,
      regions: [{ name: "Europe", primary: true }],
      edited: null,
    });
    expect(item.beats[1]).toMatchObject({ primary: false });
    // The first article: no boundary above it to be unsure of.
    expect(item.boundary).toBeNull();
    expect(item.why).toBe("Why Politics: parliament, coalition · Europe: set by an editor");
    expect(item.excerpt).toHaveLength(221);
    expect(item.excerpt.endsWith("…")).toBe(true);
  });

  it("no longer calls an edited headline derived, and lets a later article merge up", () => {
    const item = dumpArticleItem(
      4,
      { ...article, headlineEdited: true, editedBy: "admin", editedAt: new Date(0) },
      2,
    );
    expect(item).toMatchObject({
      derived: false,
      canMerge: true,
      edited: "admin, 1 Jan 1970, 00:00 UTC",
    });
  });

  it("counts paragraphs in the singular for one", () => {
    expect(dumpArticleItem(4, article, 0).paragraphs).toBe("2 paragraphs");
    expect(dumpArticleItem(4, { ...article, paragraphs: ["One."] }, 0).paragraphs).toBe(
      "1 paragraph",
    );
  });

  it("marks a boundary the parser was unsure of", () => {
    expect(dumpArticleItem(4, { ...article, startConfidence: 0.35 }, 1).boundary).toEqual({
      percent: "35 %",
      low: true,
    });
    expect(dumpArticleItem(4, { ...article, startConfidence: 0.8 }, 1).boundary).toEqual({
      percent: "80 %",
      low: false,
    });
  });

  it("lists a dump with its counts", () => {
    expect(
      dumpListItem({
        id: 3,
        name: "night.txt",
        bytes: 2048,
        status: "parsed",
        error: null,
        createdAt: new Date(0),
        articleCount: 5,
        newCount: 4,
        knownCount: 1,
        failedCount: 0,
        warningCount: 2,
        editedCount: 1,
        lowConfidenceCount: 2,
      }),
    ).toMatchObject({
      href: "/admin/dumps/3",
      size: "2.0 KiB",
      newCount: 4,
      knownCount: 1,
      warnings: 2,
      lowConfidence: 2,
    });
  });
});
