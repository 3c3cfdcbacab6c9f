import { existsSync, readFileSync, statSync } from "node:fs";
import { gunzipSync } from "node:zlib";

/** One article of the newsroom corpus, as its JSON lines hold it. */
export interface CorpusArticle {
  id: string;
  source: string;
  title: string;
  authors: string;
  paragraphs: string[];
}

/** Where the corpus is looked for unless NEWSDESK_CORPUS names another file. */
export const DEFAULT_CORPUS = new URL(
  "../../../../../shared/corpus/newsroom-articles.jsonl.gz",
  import.meta.url,
);

/** The corpus file is not there: training and measuring need it, the parser does not. */
export class CorpusMissingError extends Error {
  override readonly name = "CorpusMissingError";
  constructor(path: string) {
    super(
      `the newsroom corpus is missing (looked for ${path}); set NEWSDESK_CORPUS to the path of newsroom-articles.jsonl.gz to train or measure on it. The parser itself does not need it.`,
    );
  }
}

/** The corpus path: NEWSDESK_CORPUS, or the default. */
export function corpusPath(): string {
  return process.env.NEWSDESK_CORPUS ?? DEFAULT_CORPUS.pathname;
}

const SPACES = /\s+/g;

function clean(text: string): string {
  return text.replace(SPACES, " ").trim();
}

/** Reads the corpus, whitespace tidied; articles without a title or body are left out. */
export function loadCorpus(path = corpusPath()): CorpusArticle[] {
  if (!existsSync(path) || !statSync(path).isFile()) throw new CorpusMissingError(path);
  const text = gunzipSync(readFileSync(path)).toString("utf8");
  const articles: CorpusArticle[] = [];
  for (const line of text.split("\n")) {
    if (line.length === 0) continue;
    const raw = JSON.parse(line) as {
      id: string;
      source: string;
      title: string | null;
      authors: string | null;
      paragraphs: string[];
    };
    const paragraphs = raw.paragraphs.map(clean).filter((p) => p.length > 0);
    const title = clean(raw.title ?? "");
    if (paragraphs.length === 0 || title.length === 0) continue;
    articles.push({
      id: raw.id,
      source: raw.source,
      title,
      authors: clean(raw.authors ?? ""),
      paragraphs,
    });
  }
  return articles;
}

/**
 * The corpus, or null after saying plainly that it is missing: `what` (training, the eval) is
 * skipped, and fails the process when `failing`.
 */
export function corpusOrExplain(what: string, failing: boolean): CorpusArticle[] | null {
  try {
    return loadCorpus();
  } catch (error) {
    if (!(error instanceof CorpusMissingError)) throw error;
    console.log(`${what} skipped: ${error.message}`);
    if (failing) process.exitCode = 1;
    return null;
  }
}

/** FNV-1a of a string: a stable fold for an outlet, whatever the corpus's order. */
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Folds outlets fall into; one of them is held out. */
export const FOLDS = 5;
export const HELD_OUT_FOLD = 0;

/** The fold an outlet falls into: split by outlet, never by article. */
export function foldOf(source: string): number {
  return stableHash(source) % FOLDS;
}

/** Whether an outlet is held out of training. */
export function isHeldOut(source: string): boolean {
  return foldOf(source) === HELD_OUT_FOLD;
}

/** The articles of the outlets in one fold. */
export function articlesOfFold<T extends { source: string }>(
  articles: readonly T[],
  fold: number,
): T[] {
  return articles.filter((a) => foldOf(a.source) === fold);
}

/** The training outlets' fold that settings are chosen on (`npm run sweep`, `npm run eval -- 1`). */
export const VALIDATION_FOLD = 1;

/**
 * The corpus split into training and held-out outlets. With NEWSDESK_FIT_WITHOUT_VALIDATION=1 in
 * the environment, training leaves out the validation fold too, so that what a training step
 * learns can be compared on outlets it never saw (`npm run sweep`) before it is learned again
 * from every training fold.
 */
export function splitByOutlet(articles: readonly CorpusArticle[]): {
  train: CorpusArticle[];
  test: CorpusArticle[];
} {
  const withoutValidation = process.env.NEWSDESK_FIT_WITHOUT_VALIDATION === "1";
  const train: CorpusArticle[] = [];
  const test: CorpusArticle[] = [];
  for (const a of articles) {
    if (isHeldOut(a.source)) test.push(a);
    else if (!withoutValidation || foldOf(a.source) !== VALIDATION_FOLD) train.push(a);
  }
  return { train, test };
}
