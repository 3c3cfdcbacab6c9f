import { createReadStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";
import type { ClassifiableArticle } from "../types.js";

/** One labeled article of the newsroom corpus, as the classifier reads it. */
export interface CorpusArticle {
  /** The article's id in the source corpus (what data/desk-labels.json refers to). */
  id: string;
  source: string;
  /** The beat mapped from the corpus topic; null when the topic maps to no one beat. */
  beat: string | null;
  /** The AllSides editors' topic the beat is mapped from (e.g. `elections`), finer than it. */
  topic: string | null;
  article: ClassifiableArticle;
}

/**
 * Where the corpus is looked for unless --corpus names another file: NEWSDESK_CORPUS (as the
 * parser's scripts read it), else beside the checkout with the shared data.
 */
export const DEFAULT_CORPUS =
  process.env.NEWSDESK_CORPUS ??
  fileURLToPath(
    new URL("../../../../../shared/corpus/newsroom-articles.jsonl.gz", import.meta.url),
  );

/** Raised when the corpus file is not there; the message says where to put it. */
export class CorpusMissingError extends Error {
  override name = "CorpusMissingError";
  constructor(path: string) {
    super(
      `the newsroom corpus is missing at ${path}: set NEWSDESK_CORPUS or pass --corpus PATH to newsroom-articles.jsonl.gz (the model and eval need it; npm test does not)`,
    );
  }
}

/** Reads the gzipped JSON-lines corpus into memory (about 27k articles, a few seconds). */
export async function readCorpus(path = DEFAULT_CORPUS): Promise<CorpusArticle[]> {
  if (!existsSync(path)) throw new CorpusMissingError(path);
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()) });
  const out: CorpusArticle[] = [];
  for await (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as {
      id: string;
      source: string;
      beat: string | null;
      topic?: string | null;
      title: string;
      paragraphs: string[];
    };
    out.push({
      id: r.id,
      source: r.source,
      beat: r.beat,
      topic: r.topic ?? null,
      article: { headline: r.title ?? "", dek: null, paragraphs: r.paragraphs, contributors: [] },
    });
  }
  return out;
}

/** readCorpus for a command-line script: a missing corpus prints what to do and exits 1. */
export async function readCorpusOrExit(path = DEFAULT_CORPUS): Promise<CorpusArticle[]> {
  try {
    return await readCorpus(path);
  } catch (e) {
    if (!(e instanceof CorpusMissingError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}

/**
 * The outlets kept out of training, for measuring: about one in five, chosen by a hash of the
 * outlet's name so that an outlet is wholly in or wholly out, never split by article.
 */
export function isHeldOutSource(source: string): boolean {
  return sourceFold(source) === 0;
}

/** The outlet's fold in 0..4 (FNV-1a of its name): 0 is held out, 1 calibrates. */
export function sourceFold(source: string): number {
  return sourceHash(source) % 5;
}

/** FNV-1a of an outlet's name: its fold is this mod 5; what is left splits a fold further. */
export function sourceHash(source: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    h ^= source.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
