import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createClassifier } from "./create-classifier.js";
import { joinedFixtures, loadFixtureArticles } from "./eval/fixture-articles.js";

// Every output for every fixture, and for fixtures joined three at a time (long articles reach
// the code paths of the bench), pinned in a file: a change made for speed must leave it as it
// is. A change meant to move classifications updates it with `npx vitest run -u` and says why.
const dir = fileURLToPath(new URL("../../../fixtures/articles/", import.meta.url));
const articles = loadFixtureArticles(dir).map((l) => l.article);

describe("classifications of the fixtures", () => {
  it("stay as pinned", async () => {
    const classifier = createClassifier();
    const joined = joinedFixtures(articles);
    const outputs = [
      ...articles.map((a) => ({ headline: a.headline, ...classifier.explain(a) })),
      ...joined.map((a) => ({ headline: a.headline, ...classifier.classify(a) })),
    ];
    // One article a line: a diff shows which articles moved.
    await expect(outputs.map((o) => JSON.stringify(o)).join("\n")).toMatchFileSnapshot(
      "./__snapshots__/fixture-outputs.json",
    );
    // Loading the classifier and classifying 168 articles takes seconds on a busy machine.
  }, 60_000);

  // A classifier writes each article's words, scores and capitalized words into arrays it
  // reuses: what an article gets must not depend on the articles before it.
  it("do not depend on the articles classified before", () => {
    const forward = createClassifier();
    const backward = createClassifier();
    const inOrder = articles.map((a) => forward.explain(a));
    const reversed = [...articles].reverse().map((a) => backward.explain(a));
    expect(reversed.reverse()).toEqual(inOrder);
  }, 60_000);

  // classify reads the first region's place names from the geoparser (regionPlaces), without
  // the places' evidence that explain builds: the two must name the same places.
  it("name the first region's places as explain's evidence does", () => {
    const classifier = createClassifier();
    for (const a of [...articles, ...joinedFixtures(articles)]) {
      const e = classifier.explain(a);
      const named = [...new Set(e.regionEvidence[0]?.places.map((p) => p.name))].slice(0, 3);
      expect(classifier.classify(a).evidence.region).toEqual(named);
      expect(e.evidence.region).toEqual(named);
    }
  }, 60_000);
});
