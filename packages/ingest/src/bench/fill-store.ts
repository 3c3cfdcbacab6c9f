import { parseDump } from "@newsdesk/parser";
import type { ArticleLabels, Store } from "@newsdesk/store";
import { syntheticDumps } from "./synthetic-dump.js";

const BEATS = ["politics", "economy-business-finance", "sport", "health", "science-technology"];
const REGIONS = ["europe", "africa", "asia", "americas", "middle-east"];

/** Labels shaped like the classifier's (two beats, a region, places, people), cheap to make. */
function labelsFor(articleId: number): ArticleLabels {
  const pick = <T>(list: readonly T[], n: number) => list[n % list.length] as T;
  return {
    beats: [
      { id: pick(BEATS, articleId), score: 0.8 },
      { id: pick(BEATS, articleId + 1), score: 0.3 },
    ],
    regions: [{ id: pick(REGIONS, articleId), score: 0.9 }],
    places: [
      { name: `Town ${articleId % 97}`, countryCode: "PT", mentions: 2 },
      { name: `City ${articleId % 89}`, countryCode: "KE", mentions: 1 },
    ],
    people: [`Person ${articleId % 113}`, `Person ${articleId % 127}`],
  };
}

/**
 * Stores `articles` more articles as parsed and classified, the way the worker leaves them
 * (dump rows, links, labels), without the worker: what a store that grew over months holds.
 * Serials from `from` keep them distinct from any other run's.
 */
export async function fillStore(store: Store, articles: number, from: number): Promise<void> {
  const dumps = syntheticDumps("ndjson", articles, { perDump: 5_000, from });
  for (const [index, content] of dumps.entries()) {
    const { dump } = await store.registerDump({ name: `fill-${from}-${index}`, content });
    const parsed = parseDump(content);
    const { articleIds } = await store.saveParsedDump(dump.id, parsed.articles, 0);
    for (let start = 0; start < articleIds.length; start += 500) {
      await store.saveLabels(
        articleIds
          .slice(start, start + 500)
          .map((articleId) => ({ articleId, labels: labelsFor(articleId) })),
      );
    }
  }
}
