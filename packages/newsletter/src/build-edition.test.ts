import { describe, expect, it } from "vitest";
import { buildEdition } from "./build-edition.js";
import { selectSegment } from "./select-segment.js";
import { makeArticle } from "./test-support/make-article.js";

const now = new Date("2026-03-10T12:00:00Z");
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe("buildEdition", () => {
  it("groups by primary region in the default order, with display names, leaving empty regions out", () => {
    const edition = buildEdition({
      frequency: "daily",
      now,
      articles: [
        makeArticle({ id: 1, regions: [{ id: "middle-east", score: 0.9 }] }),
        makeArticle({
          id: 2,
          regions: [
            { id: "africa", score: 0.9 },
            { id: "europe", score: 0.5 },
          ],
        }),
        makeArticle({ id: 3, regions: [{ id: "asia-pacific", score: 0.7 }] }),
      ],
    });
    expect(
      edition?.sections.map((s) => [s.region, s.name, s.items.map((i) => i.articleId)]),
    ).toEqual([
      ["africa", "Africa", [2]],
      ["asia-pacific", "Asia-Pacific", [3]],
      ["middle-east", "Middle East", [1]],
    ]);
  });

  it("gives a card its article's evidence, and none when the article has none", () => {
    const evidence = { beat: ["ceasefire"], region: null };
    const edition = buildEdition({
      frequency: "daily",
      now,
      articles: [makeArticle({ id: 1, evidence }), makeArticle({ id: 2 })],
    });
    const items = edition?.sections.flatMap((section) => section.items) ?? [];
    expect(items.find((item) => item.articleId === 1)?.evidence).toEqual(evidence);
    expect(items.find((item) => item.articleId === 2)).not.toHaveProperty("evidence");
  });

  it("follows a configured region order; regions it does not list come after", () => {
    const edition = buildEdition({
      frequency: "daily",
      now,
      regionOrder: ["europe", "africa"],
      articles: [
        makeArticle({ id: 1, regions: [{ id: "africa", score: 0.9 }] }),
        makeArticle({ id: 2, regions: [{ id: "americas", score: 0.9 }] }),
        makeArticle({ id: 3, regions: [{ id: "europe", score: 0.9 }] }),
      ],
    });
    expect(edition?.sections.map((s) => s.region)).toEqual(["europe", "africa", "americas"]);
  });

  it("ranks by salience: recent stories, confident labels and developed stories first", () => {
    const edition = buildEdition({
      frequency: "daily",
      now,
      articles: [
        makeArticle({ id: 1, publishedAt: hoursAgo(20) }),
        makeArticle({ id: 2, publishedAt: hoursAgo(1) }),
        makeArticle({ id: 3, publishedAt: hoursAgo(1), wordCount: 90 }),
        makeArticle({ id: 4, publishedAt: hoursAgo(1), beats: [{ id: "politics", score: 0.2 }] }),
      ],
    });
    expect(edition?.sections[0]?.items.map((i) => i.articleId)).toEqual([2, 3, 4, 1]);
  });

  it("covers the last 24 hours for daily and the last 7 days for weekly", () => {
    const articles = [
      makeArticle({ id: 1, publishedAt: hoursAgo(0) }),
      makeArticle({ id: 2, publishedAt: hoursAgo(23.9) }),
      makeArticle({ id: 3, publishedAt: hoursAgo(24) }),
      makeArticle({ id: 4, publishedAt: hoursAgo(24 * 6.9) }),
      makeArticle({ id: 5, publishedAt: hoursAgo(24 * 7) }),
      makeArticle({ id: 6, publishedAt: hoursAgo(-1) }),
    ];
    const ids = (frequency: "daily" | "weekly") =>
      buildEdition({ articles, frequency, now })
        ?.sections.flatMap((s) => s.items.map((i) => i.articleId))
        .sort();
    expect(ids("daily")).toEqual([1, 2]);
    expect(ids("weekly")).toEqual([1, 2, 3, 4]);
  });

  it("is null when nothing is new, or nothing new has a region", () => {
    expect(buildEdition({ articles: [], frequency: "daily", now })).toBeNull();
    expect(
      buildEdition({
        articles: [makeArticle({ id: 1, publishedAt: hoursAgo(30) })],
        frequency: "daily",
        now,
      }),
    ).toBeNull();
    const unplaced = buildEdition({
      articles: [makeArticle({ id: 1, regions: [] })],
      frequency: "daily",
      now,
    });
    expect(unplaced).toBeNull();
  });

  it("folds near-duplicates into the most salient one, with also-in-this-edition links", () => {
    const lede =
      "Rescuers in Valdora pulled eleven miners from the flooded Kestrel shaft on Friday after a three-day operation led by the engineer Mira Tollan.";
    const edition = buildEdition({
      frequency: "daily",
      now,
      articles: [
        makeArticle({
          id: 1,
          headline: "Eleven Miners Rescued From Flooded Kestrel Shaft",
          paragraphs: [lede],
          wordCount: 300,
        }),
        makeArticle({
          id: 2,
          headline: "Valdora Miners Pulled From Flooded Kestrel Shaft",
          paragraphs: [lede.replace("Friday", "Friday evening")],
          wordCount: 900,
        }),
        makeArticle({
          id: 3,
          headline: "Parliament Passes Budget",
          paragraphs: ["Lawmakers in Oslen approved the spending plan by a narrow margin."],
        }),
      ],
    });
    const items = edition?.sections[0]?.items ?? [];
    expect(items.map((i) => i.articleId)).toEqual([2, 3]);
    expect(items[0]?.also).toEqual([
      { articleId: 1, headline: "Eleven Miners Rescued From Flooded Kestrel Shaft" },
    ]);
    expect(edition?.leftOut).toEqual({ noRegion: 0, folded: 1 });
  });

  it("caps the also links per card, skips ones that repeat a headline, and counts the rest", () => {
    const lede = (n: number) =>
      `Rescuers in Valdora pulled eleven miners from the flooded Kestrel shaft after a three-day operation led by Mira Tollan, report ${n}.`;
    const reports = [1, 2, 3, 4, 5, 6, 7].map((id) =>
      makeArticle({
        id,
        // Reports 2 and 3 repeat the lead's headline (another case, punctuation); 5 repeats 4's.
        headline: [
          "Eleven Miners Rescued From Kestrel Shaft",
          "ELEVEN MINERS RESCUED FROM KESTREL SHAFT!",
          "Eleven miners rescued from Kestrel shaft",
          "Valdora Rescue Ends After Three Days",
          "Valdora rescue ends after three days",
          "Mira Tollan Led the Kestrel Rescue",
          "Kestrel Shaft: How the Miners Got Out",
        ][id - 1],
        paragraphs: [lede(id)],
        wordCount: 1_000 - id * 10,
      }),
    );
    const edition = buildEdition({ frequency: "daily", now, articles: reports, alsoPerCard: 2 });
    const [card] = edition?.sections[0]?.items ?? [];
    expect(card?.articleId).toBe(1);
    expect(card?.also.map((other) => other.articleId)).toEqual([4, 6]);
    expect(card?.alsoMore).toBe(4);
    expect(edition?.alsoPerCard).toBe(2);
    expect(edition?.leftOut.folded).toBe(6);
  });

  it("shows the primary beat and close seconds as chips, top-level beats only", () => {
    const edition = buildEdition({
      frequency: "daily",
      now,
      articles: [
        makeArticle({
          id: 1,
          beats: [
            { id: "politics", score: 0.9 },
            { id: "politics/diplomacy", score: 0.8 },
            { id: "health", score: 0.5 },
            { id: "sport", score: 0.2 },
          ],
        }),
      ],
    });
    expect(edition?.sections[0]?.items[0]?.beats).toEqual(["politics", "health"]);
  });
});

describe("selectSegment", () => {
  const edition = buildEdition({
    frequency: "daily",
    now,
    capPerRegion: 2,
    topStories: 2,
    articles: [
      makeArticle({ id: 1, beats: [{ id: "health", score: 0.5 }], publishedAt: hoursAgo(5) }),
      makeArticle({ id: 2, beats: [{ id: "politics", score: 0.9 }], publishedAt: hoursAgo(1) }),
      makeArticle({ id: 3, beats: [{ id: "politics", score: 0.9 }], publishedAt: hoursAgo(2) }),
      makeArticle({ id: 4, beats: [{ id: "politics", score: 0.9 }], publishedAt: hoursAgo(3) }),
      makeArticle({
        id: 5,
        regions: [{ id: "africa", score: 0.9 }],
        beats: [{ id: "health", score: 0.9 }],
      }),
    ],
  });
  if (!edition) throw new Error("the edition should not be empty");

  it("caps each region after filtering by beats", () => {
    const all = selectSegment(edition, { regions: [], beats: [] });
    expect(all?.sections.map((s) => [s.region, s.items.map((i) => i.articleId)])).toEqual([
      ["africa", [5]],
      ["europe", [2, 3]],
    ]);
    const health = selectSegment(edition, { regions: ["europe"], beats: ["health"] });
    expect(health?.sections.map((s) => [s.region, s.items.map((i) => i.articleId)])).toEqual([
      ["europe", [1]],
    ]);
  });

  it("leads with the most salient items of the segment", () => {
    expect(
      selectSegment(edition, { regions: [], beats: [] })?.topStories.map((i) => i.articleId),
    ).toEqual([2, 5]);
  });

  it("says how many stories each region's cap leaves out", () => {
    const all = selectSegment(edition, { regions: [], beats: [] });
    expect(all?.sections.map((s) => [s.region, s.cap, s.more])).toEqual([
      ["africa", 2, 0],
      ["europe", 2, 2],
    ]);
    const health = selectSegment(edition, { regions: [], beats: ["health"] });
    expect(health?.sections.map((s) => [s.region, s.more])).toEqual([
      ["africa", 0],
      ["europe", 0],
    ]);
  });

  it("caps the also links of an edition stored before the cap", () => {
    const stored = structuredClone(edition);
    delete stored.alsoPerCard;
    const item = stored.sections[0]?.items[0] as unknown as { also: unknown[]; alsoMore?: number };
    item.also = Array.from({ length: 799 }, (_, k) => ({
      articleId: 100 + k,
      // The first repeats the card's headline: skipped.
      headline: k === 0 ? (stored.sections[0]?.items[0]?.headline as string) : `R${k}`,
    }));
    delete item.alsoMore;
    const [card] =
      selectSegment(stored, { regions: ["africa"], beats: [] })?.sections[0]?.items ?? [];
    expect(card?.also.map((other) => other.headline)).toEqual(["R1", "R2", "R3"]);
    expect(card?.alsoMore).toBe(796);
  });

  it("is null when the segment has nothing", () => {
    expect(selectSegment(edition, { regions: ["americas"], beats: [] })).toBeNull();
    expect(selectSegment(edition, { regions: ["africa"], beats: ["sport"] })).toBeNull();
  });
});
