import { readdirSync, readFileSync } from "node:fs";
import type { EditionArticle } from "../types.js";
import { standInEvidence } from "./stand-in-evidence.js";

const FIXTURES = new URL("../../../../fixtures/articles/", import.meta.url);

interface FixtureArticle {
  id: string;
  headline: string;
  dek: string | null;
  paragraphs: string[];
  contributors: string[];
  region: string;
  beats: string[];
  places: string[];
}

/**
 * The project's fixture articles (`fixtures/articles`) as classified articles: their
 * expected region and beats as labels (with evidence of a realistic length), published one every 17 minutes before `now`, ids
 * from 1 in file-name order. Every one falls in a daily edition ending at `now`.
 */
export function fixtureArticles(now: Date): (EditionArticle & { slug: string })[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name, index) => {
      const fixture = JSON.parse(readFileSync(new URL(name, FIXTURES), "utf8")) as FixtureArticle;
      return {
        slug: fixture.id,
        id: index + 1,
        headline: fixture.headline,
        dek: fixture.dek,
        paragraphs: fixture.paragraphs,
        contributors: fixture.contributors,
        wordCount: fixture.paragraphs.join(" ").split(/\s+/).length,
        publishedAt: new Date(now.getTime() - (index + 1) * 17 * 60_000),
        beats: fixture.beats.map((id, rank) => ({ id, score: 0.9 - rank * 0.25 })),
        regions: [{ id: fixture.region, score: 0.85 }],
        evidence: standInEvidence(fixture.paragraphs[0] ?? fixture.headline, fixture.places),
      };
    });
}
