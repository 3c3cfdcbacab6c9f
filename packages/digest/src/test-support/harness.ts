import type { NewSubscriber, Store } from "@newsdesk/store";
import type { Job, Worker } from "bullmq";

/** What a story is about, for seeding: its region and beat. */
export interface SeedStory {
  headline: string;
  region: string;
  beat: string;
}

/**
 * Stores classified articles (one dump), created now: written for these tests, with words no
 * other story uses so that none folds into another.
 */
export async function seedStories(store: Store, stories: readonly SeedStory[]): Promise<number[]> {
  const tag = stories.map((story) => story.headline).join("|");
  const { dump } = await store.registerDump({
    name: "seed.txt",
    content: new TextEncoder().encode(tag),
  });
  const articles = stories.map((story, n) => ({
    headline: story.headline,
    headlineSource: "dump" as const,
    dek: null,
    paragraphs: [
      `${story.headline} ${uniqueWords(n)} was reported on ${story.region} desks. Officials said more would follow.`,
      `A second paragraph about ${uniqueWords(n + 100)}.`,
    ],
    contributors: ["Desk Writer"],
    startLine: n + 1,
    endLine: n + 1,
    wordCount: 400,
    contentHash: `seed-${tag.length}-${n}-${story.headline}`,
  }));
  const { articleIds } = await store.saveParsedDump(dump.id, articles, 0);
  await store.saveLabels(
    articleIds.map((articleId, n) => ({
      articleId,
      labels: {
        beats: [{ id: (stories[n] as SeedStory).beat, score: 0.9 }],
        regions: [{ id: (stories[n] as SeedStory).region, score: 0.9 }],
        places: [],
        people: [],
      },
    })),
  );
  return articleIds;
}

function uniqueWords(n: number): string {
  return Array.from({ length: 6 }, (_, k) => `zq${n}k${k}`).join(" ");
}

/** `count` active daily subscribers to `example.org` with the same choices. */
export function subscribers(
  count: number,
  choices: Partial<NewSubscriber> & { prefix?: string } = {},
): NewSubscriber[] {
  const { prefix = "reader", ...rest } = choices;
  return Array.from({ length: count }, (_, n) => ({
    email: `${prefix}${n}@example.org`,
    regions: [],
    beats: [],
    frequency: "daily" as const,
    status: "active" as const,
    ...rest,
  }));
}

/**
 * Resolves when `count` jobs of this in-process worker are finished: completed, or failed
 * with no try left. Listens to the worker's own events (no polling, no sleeps).
 */
export function jobsFinished(
  worker: Worker,
  count: number,
): Promise<{ completed: number; failed: number }> {
  return new Promise((resolve) => {
    let completed = 0;
    let failed = 0;
    const check = () => {
      if (completed + failed < count) return;
      worker.off("completed", onCompleted);
      worker.off("failed", onFailed);
      resolve({ completed, failed });
    };
    const onCompleted = () => {
      completed++;
      check();
    };
    const onFailed = (job: Job | undefined, error: Error) => {
      if (!job) return;
      const final =
        error.name === "UnrecoverableError" || job.attemptsMade >= (job.opts.attempts ?? 1);
      if (final) {
        failed++;
        check();
      }
    };
    worker.on("completed", onCompleted);
    worker.on("failed", onFailed);
  });
}
