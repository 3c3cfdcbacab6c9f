import { createClassifier } from "@newsdesk/classifier";
import { DumpError, parseDump } from "@newsdesk/parser";
import { BadDumpError, type ClassifyFn, type ParseFn } from "./pipeline-types.js";

/** The real parser, with its bad-input errors turned into `BadDumpError` (not retried). */
export const parse: ParseFn = (content) => {
  try {
    return parseDump(content);
  } catch (error) {
    if (error instanceof DumpError) throw new BadDumpError(error.message, { cause: error });
    throw error;
  }
};

/** Loads the classifier's data once (a fraction of a second) and returns its `classify`. */
export function loadClassify(): ClassifyFn {
  const classifier = createClassifier();
  return (article) => classifier.classify(article);
}
