import type { Edition, EditionItem } from "@newsdesk/newsletter";
import { describe, expect, it } from "vitest";
import { storiesShown } from "./build-digest-edition.js";

const item = (articleId: number, region: string): EditionItem => ({
  articleId,
  headline: `Made-up story ${articleId}`,
  summary: "A summary.",
  beats: ["politics"],
  contributors: [],
  region,
  salience: 1 / articleId,
  publishedAt: new Date("2026-03-02T05:00:00Z"),
  also: [],
});

const section = (region: string, first: number, count: number) => ({
  region,
  name: region,
  items: Array.from({ length: count }, (_, n) => item(first + n, region)),
});

describe("storiesShown", () => {
  it("counts each region's cards up to its cap: what the email and the archive show", () => {
    const edition: Edition = {
      frequency: "daily",
      periodStart: new Date("2026-03-01T06:00:00Z"),
      periodEnd: new Date("2026-03-02T06:00:00Z"),
      sections: [section("europe", 1, 40), section("africa", 100, 2)],
      capPerRegion: 6,
      topStories: 3,
      leftOut: { noRegion: 0, folded: 0 },
    };
    expect(storiesShown(edition)).toBe(8);
    expect(storiesShown({ ...edition, sections: [] })).toBe(0);
  });
});
