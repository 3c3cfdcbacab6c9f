import { describe, expect, it } from "vitest";
import { buildEdition } from "./build-edition.js";
import { applyEditionPicks, movedPositions, NO_PICKS, withoutDropped } from "./edition-picks.js";
import { renderSegment } from "./render-segment.js";
import { selectSegment } from "./select-segment.js";
import { makeArticle } from "./test-support/make-article.js";

const now = new Date("2026-03-10T12:00:00Z");
// Longer articles rank higher: 1 is the most salient, 8 the least.
const articles = Array.from({ length: 8 }, (_, n) =>
  makeArticle({ id: n + 1, wordCount: 1_200 - n * 100 }),
);
const built = buildEdition({ articles, frequency: "daily", now });
if (!built) throw new Error("expected an edition");
const edition = built;
const order = (e = edition) => e.sections[0]?.items.map((item) => item.articleId);

const picks = (p: { pinned?: number[]; dropped?: number[]; positions?: [number, number][] }) => ({
  pinned: new Set(p.pinned ?? []),
  dropped: new Set(p.dropped ?? []),
  positions: new Map(p.positions ?? []),
});

describe("applyEditionPicks", () => {
  it("leaves an edition without picks as it is", () => {
    expect(applyEditionPicks(edition, NO_PICKS)).toBe(edition);
    expect(order()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("puts a pinned card first in its section and keeps it past the cap", () => {
    const pinned = applyEditionPicks(edition, picks({ pinned: [8] }));
    expect(order(pinned)).toEqual([8, 1, 2, 3, 4, 5, 6, 7]);
    expect(selectSegment(pinned, { regions: [], beats: [] })?.sections[0]?.items[0]).toMatchObject({
      articleId: 8,
      pinned: true,
    });
  });

  it("orders placed cards before the rest, and drops dropped ones", () => {
    const placed = applyEditionPicks(
      edition,
      picks({
        dropped: [2],
        positions: [
          [3, 0],
          [1, 1],
        ],
      }),
    );
    expect(order(placed)).toEqual([3, 1, 4, 5, 6, 7, 8]);
  });

  it("never trims a pinned card to fit Gmail's size", async () => {
    const pinned = applyEditionPicks(edition, picks({ pinned: [8] }));
    const template = await renderSegment(
      pinned,
      { regions: [], beats: [] },
      { publicUrl: "https://news.example.org", maxHtmlBytes: 12_000 },
    );
    expect(template?.trimmed).not.toBeNull();
    expect(template?.articleIds).toContain(8);
  });
});

describe("withoutDropped and movedPositions", () => {
  it("leaves dropped articles out of a build", () => {
    expect(withoutDropped(articles, picks({ dropped: [1, 3] })).map((a) => a.id)).toEqual([
      2, 4, 5, 6, 7, 8,
    ]);
  });

  it("swaps a card with its neighbour and places every card down to it", () => {
    expect([...(movedPositions([5, 6, 7, 8], 7, "up") ?? [])]).toEqual([
      [5, 0],
      [7, 1],
      [6, 2],
    ]);
    expect([...(movedPositions([5, 6, 7], 5, "down") ?? [])]).toEqual([
      [6, 0],
      [5, 1],
    ]);
    expect(movedPositions([5, 6], 5, "up")).toBeNull();
    expect(movedPositions([5, 6], 6, "down")).toBeNull();
    expect(movedPositions([5, 6], 9, "up")).toBeNull();
  });
});
