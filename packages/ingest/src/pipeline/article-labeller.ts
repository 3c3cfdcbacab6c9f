import type { ArticleLabels, Store } from "@newsdesk/store";
import type { ClassifyFn } from "./pipeline-types.js";

/** The article is not in the store (deleted since it was queued): retrying will not help. */
export class ArticleNotFoundError extends Error {
  override name = "ArticleNotFoundError";
  constructor(readonly articleId: number) {
    super(`article ${articleId} is not in the store; it was deleted after being queued`);
  }
}

/** The classifier threw on this article: it is deterministic, so retrying will not help. */
export class ClassifyFailedError extends Error {
  override name = "ClassifyFailedError";
  constructor(
    readonly articleId: number,
    cause: unknown,
  ) {
    super(
      `the classifier failed on article ${articleId}: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
}

export interface ArticleLabeller {
  /** Classifies one stored article and saves its labels; resolves once they are committed. */
  label(articleId: number): Promise<void>;
  /** Waits for the batches in flight. */
  drain(): Promise<void>;
}

interface Pending {
  articleId: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Labels articles in micro-batches: the classify jobs in flight in this process each ask for one
 * article, and whatever has gathered while the previous batch was being written goes to the
 * database as one read and one transaction. One write at a time per process, so batches grow
 * when the database is the bottleneck. An article the classifier chokes on fails alone.
 */
export function createArticleLabeller(options: {
  store: Pick<Store, "getArticles" | "saveLabels">;
  classify: ClassifyFn;
  maxBatch?: number;
}): ArticleLabeller {
  const maxBatch = options.maxBatch ?? 500;
  let queue: Pending[] = [];
  let running: Promise<void> | undefined;

  const pump = () => {
    if (running || queue.length === 0) return;
    const batch = queue.slice(0, maxBatch);
    queue = queue.slice(maxBatch);
    running = runBatch(batch).finally(() => {
      running = undefined;
      pump();
    });
  };

  async function runBatch(batch: Pending[]): Promise<void> {
    try {
      const articles = await options.store.getArticles(batch.map((item) => item.articleId));
      const byId = new Map(articles.map((article) => [article.id, article]));
      const labelled: { item: Pending; labels: ArticleLabels }[] = [];
      for (const item of batch) {
        const article = byId.get(item.articleId);
        if (!article) {
          item.reject(new ArticleNotFoundError(item.articleId));
          continue;
        }
        try {
          labelled.push({ item, labels: options.classify(article) });
        } catch (error) {
          item.reject(new ClassifyFailedError(item.articleId, error));
        }
      }
      await saveAll(labelled);
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }

  async function saveAll(labelled: { item: Pending; labels: ArticleLabels }[]): Promise<void> {
    try {
      await options.store.saveLabels(
        labelled.map(({ item, labels }) => ({ articleId: item.articleId, labels })),
      );
      for (const { item } of labelled) item.resolve();
    } catch (error) {
      if (labelled.length === 1) {
        labelled[0]?.item.reject(error);
        return;
      }
      // One bad row must not fail the batch: save them one by one so only it fails.
      for (const { item, labels } of labelled) {
        await options.store.saveLabels([{ articleId: item.articleId, labels }]).then(
          () => item.resolve(),
          (itemError: unknown) => item.reject(itemError),
        );
      }
    }
  }

  return {
    label(articleId) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ articleId, resolve, reject });
        // Let the other jobs of this tick join the batch before it starts.
        setImmediate(pump);
      });
    },
    async drain() {
      while (running) await running;
    },
  };
}
