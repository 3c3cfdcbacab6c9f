import { createClassifier } from "@newsdesk/classifier";
import { DumpError, parseDump } from "@newsdesk/parser";
import { BadDumpError, type ClassifyFn, type ParseFn } from "./pipeline-types.js";

/** The real parser, with its bad-input errors turned into `BadDumpError` (not retried). */
export const parse: ParseFn = (content) => {
  try {
    return parseDump(content);
  } catch (error) {
    // The cause's name is kept in the message: it is what the failed dump stores (and says why).
    if (error instanceof DumpError) {
      throw new BadDumpError(`${error.name}: ${error.message}`, { cause: error });
    }
    throw error;
  }
};

/** Loads the classifier's data once (a fraction of a second) and returns its `classify`. */
export function loadClassify(): ClassifyFn {
  const classifier = createClassifier();
  return (article) => classifier.classify(article);
}
