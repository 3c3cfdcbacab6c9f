import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { classifierOf, compileParts } from "./create-classifier.js";
import { joinedFixtures, loadFixtureArticles } from "./eval/fixture-articles.js";
import { loadBeatCombiner, loadBeatMember } from "./load-data.js";

// The member may add a further beat (decide-beats.ts, listingScores), never take one away: where
// it did not overturn the model, every beat the model lists stays listed with its score, and a
// beat it adds shows a score from the combiner's threshold up to the primary beat's.
const dir = fileURLToPath(new URL("../../../fixtures/articles/", import.meta.url));
const articles = loadFixtureArticles(dir).map((l) => l.article);
const joined = joinedFixtures(articles);

describe("further beats the member lists", () => {
  it("are added beside the model's, never instead of them", () => {
    const parts = compileParts();
    const combiner = loadBeatCombiner();
    const withMember = classifierOf(parts, combiner, loadBeatMember());
    const modelOnly = classifierOf(parts, combiner);
    let added = 0;
    for (const a of [...articles, ...joined]) {
      const got = withMember.classify(a);
      if (got.evidence.wordingOver !== undefined) continue;
      const top = (beats: { id: string; score: number }[]) =>
        beats.filter((b) => !b.id.includes("/"));
      const mine = top(got.beats);
      const model = top(modelOnly.classify(a).beats);
      expect(mine[0]).toEqual(model[0]);
      for (const b of model) expect(mine).toContainEqual(b);
      for (const b of mine.filter((x) => !model.some((y) => y.id === x.id))) {
        added++;
        expect(b.score).toBeGreaterThanOrEqual(combiner.secondary);
        expect(b.score).toBeLessThanOrEqual(mine[0]?.score ?? 0);
      }
    }
    // Seven of the joined fixtures gain a beat (docs/tried.md, twenty-fourth pass).
    expect(added).toBeGreaterThan(0);
  }, 60_000);
});
