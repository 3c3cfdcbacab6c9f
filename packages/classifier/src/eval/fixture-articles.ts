import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ClassifiableArticle, RegionId } from "../types.js";

/** A labeled fixture article (fixtures/README.md), turned into what the classifier reads. */
export interface LabeledArticle {
  id: string;
  article: ClassifiableArticle;
  /** Beats acceptable as the primary beat. */
  beats: string[];
  region: RegionId;
  places: string[];
  people: string[];
}

interface FixtureFile {
  id: string;
  headline: string;
  dek: string | null;
  dateline: string | null;
  paragraphs: string[];
  contributorLine: string | null;
  contributors: string[];
  region: RegionId;
  beats: string[];
  places?: string[];
  people?: string[];
}

/**
 * Reads every fixtures/articles/*.json in `dir` and rebuilds the article the parser would
 * produce: the dateline opens the lede and the contributor line closes the paragraphs.
 */
export function loadFixtureArticles(dir: string): LabeledArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const fx = JSON.parse(readFileSync(join(dir, f), "utf8")) as FixtureFile;
      const paragraphs = [...fx.paragraphs];
      if (fx.dateline && paragraphs.length > 0) paragraphs[0] = `${fx.dateline} ${paragraphs[0]}`;
      if (fx.contributorLine) paragraphs.push(fx.contributorLine);
      return {
        id: fx.id ?? f.replace(/\.json$/, ""),
        article: {
          headline: fx.headline,
          dek: fx.dek,
          paragraphs,
          contributors: fx.contributors ?? [],
        },
        beats: fx.beats,
        region: fx.region,
        places: fx.places ?? [],
        people: fx.people ?? [],
      };
    });
}

/**
 * Each fixture with the next one's paragraphs and those of the seventh after it: long articles
 * that reach the code paths of the bench, with several stories' beats in one text (the pinned
 * outputs' second half, fixture-outputs.test.ts).
 */
export function joinedFixtures(articles: ClassifiableArticle[]): ClassifiableArticle[] {
  return articles.map((a, i) => ({
    ...a,
    paragraphs: [
      ...a.paragraphs,
      ...(articles[(i + 1) % articles.length]?.paragraphs ?? []),
      ...(articles[(i + 7) % articles.length]?.paragraphs ?? []),
    ],
  }));
}
