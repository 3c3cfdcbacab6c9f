import { readdirSync, readFileSync } from "node:fs";
import { DEFAULT_REGION_ORDER, type Segment, segmentKey } from "@newsdesk/newsletter";
import type { NewSubscriber, Store } from "@newsdesk/store";

// The project's own fixture articles (written for it), as a realistic newsletter's text.
const FIXTURES = new URL("../../../../fixtures/articles/", import.meta.url);

const BEATS = [
  "economy-business-finance",
  "sport",
  "arts-culture-entertainment",
  "science-technology",
  "politics",
  "conflict-war-peace",
];

interface FixtureArticle {
  headline: string;
  dek: string | null;
  paragraphs: string[];
  contributors: string[];
  region: string;
  beats: string[];
}

/** Stores the fixture articles as one classified dump (their own region and beats as labels). */
export async function seedArticles(store: Store): Promise<number> {
  const fixtures = readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, FIXTURES), "utf8")) as FixtureArticle);
  const { dump } = await store.registerDump({
    name: "bench.txt",
    content: new TextEncoder().encode(`bench ${Date.now()}`),
  });
  const { articleIds } = await store.saveParsedDump(
    dump.id,
    fixtures.map((fixture, n) => ({
      headline: fixture.headline,
      headlineSource: "dump" as const,
      dek: fixture.dek,
      paragraphs: fixture.paragraphs,
      contributors: fixture.contributors,
      startLine: n + 1,
      endLine: n + 1,
      wordCount: fixture.paragraphs.join(" ").split(/\s+/).length,
      contentHash: `bench-${n}-${fixture.headline}`,
    })),
    0,
  );
  await store.saveLabels(
    articleIds.map((articleId, n) => {
      const fixture = fixtures[n] as FixtureArticle;
      return {
        articleId,
        labels: {
          beats: fixture.beats.map((id, rank) => ({ id, score: 0.9 - rank * 0.2 })),
          regions: [{ id: fixture.region, score: 0.85 }],
          places: [],
          people: [],
        },
      };
    }),
  );
  return articleIds.length;
}

/** `count` distinct segments (region and beat sets), everyone's (all regions, all beats) first. */
export function benchSegments(count: number): Segment[] {
  const segments = new Map<string, Segment>();
  for (let n = 0; segments.size < count; n++) {
    const mask = (n * 7) % 32;
    const regions = DEFAULT_REGION_ORDER.filter((_, bit) => mask & (1 << bit));
    const beats = n < 32 ? [] : [BEATS[n % BEATS.length], BEATS[(n + 2) % BEATS.length]];
    const segment = { regions, beats: beats as string[] };
    segments.set(segmentKey(segment), segment);
  }
  return [...segments.values()];
}

/** `count` active subscribers spread evenly over the segments. */
export function benchSubscribers(
  count: number,
  segments: readonly Segment[],
  options: { prefix: string; frequency: "daily" | "weekly" },
): NewSubscriber[] {
  return Array.from({ length: count }, (_, n) => {
    const segment = segments[n % segments.length] as Segment;
    return {
      email: `${options.prefix}${n}@example.org`,
      regions: segment.regions,
      beats: segment.beats,
      frequency: options.frequency,
      status: "active" as const,
    };
  });
}

/** Adds subscribers in statements of `chunk` rows (one huge JSON parameter is slower). */
export async function addInChunks(
  store: Store,
  subscribers: readonly NewSubscriber[],
  chunk = 10_000,
): Promise<void> {
  for (let start = 0; start < subscribers.length; start += chunk) {
    await store.addSubscribers(subscribers.slice(start, start + chunk));
  }
}
