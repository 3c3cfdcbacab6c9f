import { Worker } from "node:worker_threads";
import type { BuildEditionOptions } from "./build-edition.js";
import { EditionThreadError } from "./errors.js";
import { LEDE_WINDOW_CHARS } from "./lede-terms.js";
import type { Edition, EditionArticle } from "./types.js";

const WORKER = new URL("./build-edition-worker.js", import.meta.url);

/**
 * `buildEdition` in a worker thread, so the event loop that serves pages, renews job locks
 * and sends mail keeps turning while 20,000 articles are folded (~0.8 s of CPU). The same
 * edition as `buildEdition` gives: only the text a build reads is copied to the thread (each
 * article's paragraphs up to the characters `ledeTerms` reads, and its first non-empty one).
 * `workerUrl` is for tests that run from source: the compiled worker in `dist/`.
 */
export function buildEditionOffThread(
  options: BuildEditionOptions,
  workerUrl: URL = WORKER,
): Promise<Edition | null> {
  const workerData: BuildEditionOptions = {
    ...options,
    articles: options.articles.map(leanArticle),
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData });
    let settled = false;
    worker.once("message", (edition: Edition | null) => {
      settled = true;
      resolve(edition);
    });
    worker.once("error", (error) => {
      settled = true;
      reject(new EditionThreadError(error));
    });
    worker.once("exit", (code) => {
      if (!settled)
        reject(new EditionThreadError(new Error(`the thread exited with code ${code}`)));
    });
  });
}

/** An article with only the paragraphs a build reads: less to copy to the thread. */
export function leanArticle(article: EditionArticle): EditionArticle {
  let chars = article.headline.length;
  let kept = 0;
  let sawText = false;
  while (kept < article.paragraphs.length && (chars < LEDE_WINDOW_CHARS || !sawText)) {
    const paragraph = article.paragraphs[kept] as string;
    chars += paragraph.length;
    sawText ||= paragraph.trim().length > 0;
    kept++;
  }
  return kept === article.paragraphs.length
    ? article
    : { ...article, paragraphs: article.paragraphs.slice(0, kept) };
}
