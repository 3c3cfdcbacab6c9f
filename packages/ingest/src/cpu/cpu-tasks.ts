// Runs in a worker thread of the CPU pool: the parser and the classifier, no I/O.

import { loadClassify, parse as parseDump } from "../pipeline/pipeline.js";
import type { ClassifyFn } from "../pipeline/pipeline-types.js";
import { BadDumpError } from "../pipeline/pipeline-types.js";
import { type ClassifiableArticle, type ClassifyOutcome, classifyEach } from "./cpu-work.js";

/** A parse's answer across the thread boundary, where error classes do not survive. */
export type ParseAnswer =
  | { ok: true; articles: ReturnType<typeof parseDump>["articles"]; warnings: unknown[] }
  | { ok: false; badDump: string };

export function parse(content: Uint8Array): ParseAnswer {
  try {
    const { articles, warnings } = parseDump(content);
    return { ok: true, articles, warnings };
  } catch (error) {
    if (error instanceof BadDumpError) return { ok: false, badDump: error.message };
    throw error;
  }
}

// Loaded on the first classify task: a thread that only parses never pays for it.
let classifier: ClassifyFn | undefined;

export function classify(articles: ClassifiableArticle[]): ClassifyOutcome[] {
  classifier ??= loadClassify();
  return classifyEach(classifier, articles);
}
