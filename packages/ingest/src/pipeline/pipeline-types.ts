import { UserError } from "@newsdesk/config";
import type { ArticleLabels, NewArticle, StoredArticle } from "@newsdesk/store";

/** Splits a dump's bytes into articles; throws `BadDumpError` when the dump is unusable. */
export type ParseFn = (content: Uint8Array) => { articles: NewArticle[]; warnings: unknown[] };

/** Labels one article, with the evidence for its primary beat and region (stored with them). */
export type ClassifyFn = (
  article: Pick<StoredArticle, "headline" | "dek" | "paragraphs" | "contributors">,
) => ArticleLabels;

/** The dump cannot be ingested as it is (binary, too large, malformed): retrying will not help. */
export class BadDumpError extends UserError {
  override name = "BadDumpError";
}
