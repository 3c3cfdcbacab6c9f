import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileParts } from "./create-classifier.js";
import { joinedFixtures, loadFixtureArticles } from "./eval/fixture-articles.js";
import { GeoPool, geoparse, KeyedSums } from "./geoparse.js";
import { splitZones } from "./zones.js";

const dir = fileURLToPath(new URL("../../../fixtures/articles/", import.meta.url));
const articles = loadFixtureArticles(dir).map((l) => l.article);

describe("geoparse's pool", () => {
  // weigh counts the entries of its pooled lists (a place's zones, the ranked regions, the
  // listed places) and never truncates them: an article after a longer one must read none of
  // the longer one's entries. Long joined articles and short ones alternate, each weighed with
  // the shared pool and with a fresh one (the plain form).
  it("gives what a fresh pool gives, article after article", () => {
    const { words, gazetteer } = compileParts();
    const joined = joinedFixtures(articles);
    const order = joined.flatMap((a, i) => [a, articles[i % articles.length] ?? a]);
    const pool = new GeoPool();
    for (const article of [...order, ...order.reverse()]) {
      const zones = splitZones(article, words);
      for (const allEvidence of [true, false]) {
        const fresh = geoparse(zones, gazetteer, allEvidence);
        expect(geoparse(zones, gazetteer, allEvidence, pool)).toEqual(fresh);
      }
    }
  }, 60_000);

  // weigh makes its listed places and regions at their final length and fills them in: a slot
  // left unset would be a hole, which toEqual reads as undefined and the output would drop.
  it("fills every slot of the listed places and regions", () => {
    const { words, gazetteer } = compileParts();
    let listed = 0;
    for (const article of [...articles, ...joinedFixtures(articles)]) {
      const { places, regions } = geoparse(
        splitZones(article, words),
        gazetteer,
        false,
        new GeoPool(),
      );
      expect(Object.keys(places)).toHaveLength(places.length);
      expect(Object.keys(regions)).toHaveLength(regions.length);
      listed += places.length;
    }
    expect(listed).toBeGreaterThan(articles.length);
  });
});

describe("KeyedSums", () => {
  // geoparse's context was two Maps: each key's sum, added in the same order, and 0 for a key
  // not added (the Map's `?? 0`), with nothing of an earlier article's keys after clear.
  it("sums by key as a Map does, and forgets its keys when cleared", () => {
    const sums = new KeyedSums();
    const map = new Map<string, number>();
    const keys = ["FR", "US", "FR", "", "UA", "US", "FR"];
    keys.forEach((k, i) => {
      const w = 0.1 * (i + 1);
      sums.add(k, w);
      map.set(k, (map.get(k) ?? 0) + w);
    });
    for (const k of [...keys, "GB"]) expect(sums.get(k)).toBe(map.get(k) ?? 0);
    sums.clear();
    expect(sums.get("FR")).toBe(0);
    sums.add("GB", 2);
    expect(sums.get("GB")).toBe(2);
    expect(sums.get("US")).toBe(0);
  });
});
