import type { Edition, EditionItem } from "@newsdesk/newsletter";
import { describe, expect, it } from "vitest";
import { wholeRegions } from "./whole-regions.js";

const item = (articleId: number, region: string, beat: string): EditionItem => ({
  articleId,
  headline: `Made-up story ${articleId}`,
  summary: "A summary.",
  beats: [beat],
  contributors: [],
  region,
  salience: 1 / articleId,
  publishedAt: new Date("2026-03-02T05:00:00Z"),
  also: [],
});

const edition: Edition = {
  frequency: "daily",
  periodStart: new Date("2026-03-01T06:00:00Z"),
  periodEnd: new Date("2026-03-02T06:00:00Z"),
  sections: [
    {
      region: "europe",
      name: "Europe",
      items: Array.from({ length: 10 }, (_, n) =>
        item(n + 1, "europe", n % 2 ? "health" : "politics"),
      ),
    },
    { region: "africa", name: "Africa", items: [item(50, "africa", "health")] },
  ],
  capPerRegion: 6,
  topStories: 3,
  leftOut: { noRegion: 0, folded: 0 },
};

describe("wholeRegions", () => {
  it("lists every story of each region, past the email's cap, with nothing left as more", () => {
    const page = wholeRegions(edition, { regions: [], beats: [] });
    expect(page?.sections.map((section) => [section.region, section.items.length])).toEqual([
      ["europe", 10],
      ["africa", 1],
    ]);
    expect(page?.sections.every((section) => section.more === 0)).toBe(true);
    expect(page?.topStories.map((story) => story.articleId)).toEqual([1, 2, 3]);
  });

  it("keeps the segment's regions and beats", () => {
    const page = wholeRegions(edition, { regions: ["europe"], beats: ["health"] });
    expect(page?.sections).toHaveLength(1);
    expect(page?.sections[0]?.items.map((story) => story.articleId)).toEqual([2, 4, 6, 8, 10]);
    expect(wholeRegions(edition, { regions: ["americas"], beats: [] })).toBeNull();
  });
});
