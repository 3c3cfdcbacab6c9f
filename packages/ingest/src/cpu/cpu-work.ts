import type { ArticleLabels } from "@newsdesk/store";
import type { ClassifyFn, ParseFn } from "../pipeline/pipeline-types.js";

/** What the classifier reads of an article. */
export type ClassifiableArticle = Parameters<ClassifyFn>[0];

/** One article's classification: its labels, or why the classifier threw on it. */
export type ClassifyOutcome = { labels: ArticleLabels } | { error: string };

/**
 * Where the CPU-bound steps run: parsing a dump and classifying articles. The worker keeps its
 * BullMQ bookkeeping (lock renewals) and its database writes on the main thread; these may run
 * elsewhere (`createCpuPool`, worker threads) or in process (`inProcessCpuWork`, for tests and
 * tools that classify with a function of their own).
 */
export interface CpuWork {
  /** Resolves with the dump's articles; rejects with `BadDumpError` when it is unusable. */
  parse(content: Uint8Array): Promise<ReturnType<ParseFn>>;
  /** One outcome per article, in order; an article the classifier throws on fails alone. */
  classify(articles: readonly ClassifiableArticle[]): Promise<ClassifyOutcome[]>;
  close(): Promise<void>;
}

/** Runs `classify` on each article, turning a throw into that article's `error`. */
export function classifyEach(
  classify: ClassifyFn,
  articles: readonly ClassifiableArticle[],
): ClassifyOutcome[] {
  return articles.map((article) => {
    try {
      return { labels: classify(article) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
}

/** The CPU-bound steps on the calling thread (tests, or a classifier given as a closure). */
export function inProcessCpuWork(parse: ParseFn, classify: ClassifyFn): CpuWork {
  return {
    async parse(content) {
      return parse(content);
    },
    async classify(articles) {
      return classifyEach(classify, articles);
    },
    async close() {},
  };
}
