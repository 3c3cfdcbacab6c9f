import type { Edition, EditionItem } from "@newsdesk/newsletter";
import { describe, expect, it } from "vitest";
import { DRAFT_CARDS, draftSections, inEdition, parsePickForm } from "./edition-picks-form.js";

const item = (articleId: number, extra: Partial<EditionItem> = {}): EditionItem => ({
  articleId,
  headline: `Story ${articleId}`,
  summary: "",
  beats: [],
  contributors: [],
  region: "europe",
  salience: 1,
  publishedAt: new Date(0),
  also: [],
  ...extra,
});

const edition = (items: EditionItem[]): Edition => ({
  frequency: "daily",
  periodStart: new Date(0),
  periodEnd: new Date(86_400_000),
  sections: [{ region: "europe", name: "Europe", items }],
  capPerRegion: 6,
  topStories: 3,
  leftOut: { noRegion: 0, folded: 0 },
});

describe("parsePickForm", () => {
  it("reads a pick button's value", () => {
    expect(
      parsePickForm({ frequency: "weekly", period: "2026-03-09T06:00:00.000Z", act: "down:42" }),
    ).toEqual({
      frequency: "weekly",
      period: "2026-03-09T06:00:00.000Z",
      action: "down",
      articleId: 42,
    });
  });

  it.each([
    { frequency: "daily", period: "p", act: "explode:1" },
    { frequency: "daily", period: "p", act: "pin:0" },
    { frequency: "hourly", period: "p", act: "pin:1" },
    { frequency: "daily", act: "pin:1" },
    { frequency: "daily", period: "p", act: ["pin:1", "drop:1"] },
  ])("refuses %o with what to do", (body) => {
    expect(parsePickForm(body)).toEqual({
      problem:
        "That pick is not one this page offers: reload the editions page and use its buttons.",
    });
  });
});

describe("draftSections", () => {
  it("offers moves within the pinned cards and within the rest, never across", () => {
    const [section] = draftSections(edition([item(1, { pinned: true }), item(2), item(3)]));
    expect(section?.cards.map((c) => [c.id, c.pinned, c.canUp, c.canDown])).toEqual([
      [1, true, false, false],
      [2, false, false, true],
      [3, false, true, false],
    ]);
  });

  it("lists the first cards of a long section and counts the rest", () => {
    const [section] = draftSections(edition(Array.from({ length: 11 }, (_, n) => item(n + 1))));
    expect(section?.cards).toHaveLength(DRAFT_CARDS);
    expect(section?.more).toBe(11 - DRAFT_CARDS);
    expect(section?.cards.at(-1)?.canDown).toBe(true);
  });
});

describe("inEdition", () => {
  it("finds a card's article and one folded into a card", () => {
    const folded = edition([item(1, { also: [{ articleId: 7, headline: "Seven" }] })]);
    expect(inEdition(folded, 1)).toBe(true);
    expect(inEdition(folded, 7)).toBe(true);
    expect(inEdition(folded, 8)).toBe(false);
  });
});
