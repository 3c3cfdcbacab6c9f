import { existsSync, readFileSync } from "node:fs";
import { parseDump } from "@newsdesk/parser";
import { describe, expect, it } from "vitest";
import { NEAR_DUPLICATE_THRESHOLD, nearDuplicateClusters } from "./near-duplicate-clusters.js";
import { fixtureArticles } from "./test-support/fixture-articles.js";

// The reference dump is read from ../shared, never copied into the repository.
const SEED = new URL("../../../../shared/seeds/000_e9691fc182a6778b.txt", import.meta.url);

const pairsOf = (clusters: number[][]) => clusters.filter((cluster) => cluster.length > 1);

describe("nearDuplicateClusters", () => {
  it("folds a rewrite of the same report, and not two stories on the same subject", () => {
    const articles = [
      {
        headline: "Floods Cut Off Three Villages in the Aster Valley",
        paragraphs: [
          "Flash floods cut off three villages in the Aster Valley on Tuesday, and the regional governor, Ilse Marren, asked the army for helicopters to reach about 2,000 residents.",
        ],
      },
      {
        headline: "Aster Valley Villages Cut Off by Flash Floods",
        paragraphs: [
          "Three villages in the Aster Valley were cut off by flash floods on Tuesday; Governor Ilse Marren asked the army to send helicopters to the roughly 2,000 people stranded.",
        ],
      },
      {
        headline: "Farmers in the Aster Valley Count the Cost of a Wet Spring",
        paragraphs: [
          "Orchard owners say the rain has already cost them half the cherry harvest, and insurers expect claims to double.",
        ],
      },
    ];
    expect(nearDuplicateClusters(articles)).toEqual([[0, 1], [2]]);
  });

  it("does not fold a template's stories: twelve countries' rate decisions stay twelve", () => {
    const countries = ["Arvenia", "Belmora", "Corvath", "Dunmere", "Elskar", "Faroth"];
    const more = ["Galdor", "Hestia", "Istra", "Jorvik", "Kessel", "Lunmark"];
    const template = [...countries, ...more].map((country, index) => ({
      headline: `Central Bank of ${country} Holds Interest Rates at ${index + 2} Percent`,
      paragraphs: [
        `The central bank of ${country} held its benchmark interest rate at ${index + 2} percent on Tuesday, citing inflation that remains above target, and said it would watch wage growth closely.`,
      ],
    }));
    // Two reports of one real decision share its names, and do fold.
    const story = [
      {
        headline: "Arvenia's Central Bank Holds Rates as Governor Talia Brenn Warns on Wages",
        paragraphs: [
          "Governor Talia Brenn kept Arvenia's benchmark rate unchanged and warned that dockworkers' wage deals in Port Silla could push inflation higher.",
        ],
      },
      {
        headline: "Talia Brenn Keeps Arvenia's Rates on Hold, Citing Port Silla Wage Deals",
        paragraphs: [
          "Arvenia's central bank governor, Talia Brenn, left rates on hold and pointed to wage deals at Port Silla's docks as an inflation risk.",
        ],
      },
    ];
    const clusters = nearDuplicateClusters([...template, ...story]);
    expect(pairsOf(clusters)).toEqual([[12, 13]]);
  });

  it("compares only pairs that share distinctive terms, never all pairs", () => {
    const distinct = Array.from({ length: 3_000 }, (_, id) => ({
      headline: `Story ${id} about w${id}a and w${id}b`,
      paragraphs: [`Council members w${id}c and w${id}d met in w${id}e on Monday.`],
    }));
    const retold = Array.from({ length: 100 }, (_, id) => ({
      headline: `Retold story ${id} about w${id}a and w${id}b`,
      paragraphs: [`Council members w${id}c and w${id}d met in w${id}e again.`],
    }));
    const stats = { compared: 0 };
    const clusters = nearDuplicateClusters([...distinct, ...retold], undefined, stats);
    expect(pairsOf(clusters)).toHaveLength(100);
    expect(pairsOf(clusters)[0]).toEqual([0, 3_000]);
    // All pairs would be 3,100 * 3,099 / 2 = 4.8 million.
    expect(stats.compared).toBe(100);
  });

  it("keeps identical pairs together transitively and returns every article once", () => {
    const a = {
      headline: "Same",
      paragraphs: ["The very same words about the Orvel bridge collapse."],
    };
    const b = { headline: "Other", paragraphs: ["Something else entirely about Tarsk elections."] };
    expect(nearDuplicateClusters([a, b, a, a])).toEqual([[0, 2, 3], [1]]);
  });

  // The threshold, measured over the reference dump's 8 articles plus the 61 fixtures.
  it.skipIf(!existsSync(SEED))(
    `at ${NEAR_DUPLICATE_THRESHOLD}, folds the two reports on the same hostages and nothing unrelated`,
    () => {
      const seed = parseDump(readFileSync(SEED)).articles;
      const fixtures = fixtureArticles(new Date());
      const articles = [
        ...seed.map((article, index) => ({ ...article, slug: `seed-${index + 1}` })),
        ...fixtures,
      ];
      const folded = pairsOf(nearDuplicateClusters(articles)).map((cluster) =>
        cluster.map((index) => articles[index]?.slug),
      );
      // Articles 4 and 7 of the reference dump both report the Bibas family's hostages.
      expect(folded).toContainEqual(["seed-4", "seed-7"]);
      // A brief and the full story of the same cocoa price rise; a follow-up on the same Paris talks.
      expect(folded).toContainEqual(["africa-ghana-cocoa-brief", "africa-ghana-cocoa-price-a"]);
      expect(folded).toContainEqual([
        "europe-ukraine-peacekeeping-a",
        "europe-ukraine-peacekeeping-b",
      ]);
      // Never folded: the same conflict on another day, the same strike a week later, the same
      // country's cocoa smuggling. (Known trade-off: two marathon reports written alike do fold.)
      const together = (a: string, b: string) =>
        folded.some((cluster) => cluster.includes(a) && cluster.includes(b));
      expect(together("seed-8", "middle-east-lebanon-border-truce-talks")).toBe(false);
      expect(together("americas-chile-lithium-strike-a", "americas-chile-lithium-strike-b")).toBe(
        false,
      );
      expect(together("africa-ghana-cocoa-price-a", "africa-ghana-cocoa-smuggling-b")).toBe(false);
      expect(folded.every((cluster) => cluster.length <= 3)).toBe(true);
      expect(folded.length).toBeLessThanOrEqual(6);
    },
  );
});
