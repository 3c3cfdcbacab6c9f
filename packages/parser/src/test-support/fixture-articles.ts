import { readdirSync, readFileSync } from "node:fs";

/** One original fixture article (see fixtures/README.md). */
export interface FixtureArticle {
  id: string;
  headline: string;
  dek: string | null;
  byline: string | null;
  dateline: string | null;
  paragraphs: string[];
  contributorLine: string | null;
  contributors: string[];
  region: string;
  beats: string[];
}

export const FIXTURES_DIR = new URL("../../../../fixtures/articles/", import.meta.url);

/** Every fixture article, sorted by id so compositions are reproducible. */
export function loadFixtureArticles(): FixtureArticle[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, FIXTURES_DIR), "utf8")) as FixtureArticle);
}
