import { type ClassifyPayload, classifyJob, jobHandler } from "@newsdesk/queue";
import type { Store } from "@newsdesk/store";
import { UnrecoverableError } from "bullmq";
import {
  type ArticleLabeller,
  ArticleNotFoundError,
  ClassifyFailedError,
} from "../pipeline/article-labeller.js";

export interface ClassifyDeps {
  labeller: ArticleLabeller;
}

/** article -> labels. Writes are batched with the other classify jobs in flight (see the labeller). */
export async function handle(data: ClassifyPayload, deps: ClassifyDeps): Promise<void> {
  try {
    await deps.labeller.label(data.articleId);
  } catch (error) {
    if (error instanceof ArticleNotFoundError || error instanceof ClassifyFailedError) {
      throw new UnrecoverableError(error.message);
    }
    throw error;
  }
}

/** The `classify` job: runs `handle`, and records an article that could not be labelled. */
export function classifyHandler(deps: ClassifyDeps & { store: Pick<Store, "markClassifyFailed"> }) {
  return jobHandler({
    job: classifyJob,
    run: (data) => handle(data, deps),
    async failed(data, reason, { log, error }) {
      await deps.store.markClassifyFailed(data.articleId, reason);
      log.warn({ articleId: data.articleId, err: error ?? reason }, "article not classified");
    },
  });
}
