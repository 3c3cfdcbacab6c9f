import { readCorpusOrExit, sourceFold } from "../../eval/corpus-articles.js";
import type { createFeatureReader, Doc } from "./article-features.js";

/**
 * The corpus articles without a beat on the outlets the model fits on (folds 2 and up, but
 * `leaveOutFold`), read after the vocabulary is built so they never shape it: a transfer set the
 * pruned refit learns the full fit's probabilities from (--distill-unlabeled). Their label is -1.
 */
export async function readUnlabeledDocs(
  corpusPath: string,
  reader: ReturnType<typeof createFeatureReader>,
  leaveOutFold: number,
): Promise<Doc[]> {
  const corpus = await readCorpusOrExit(corpusPath);
  const docs: Doc[] = [];
  for (const c of corpus) {
    const fold = sourceFold(c.source);
    if (c.beat !== null || fold < 2 || fold === leaveOutFold) continue;
    docs.push(reader.toDoc({ source: c.source, fold, label: -1, weight: 1, article: c.article }));
  }
  return docs;
}
