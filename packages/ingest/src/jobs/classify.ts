import { type ClassifyPayload, classifyPayload, QUEUE } from "@newsdesk/queue";
import { UnrecoverableError } from "bullmq";
import {
  type ArticleLabeller,
  ArticleNotFoundError,
  ClassifyFailedError,
} from "../pipeline/article-labeller.js";

export const name = QUEUE.classify;
export const payload = classifyPayload;

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
