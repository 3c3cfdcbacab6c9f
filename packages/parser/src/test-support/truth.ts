import type { ParseResult } from "../types.js";

/** A truth file: the reference segmentation and labels of one dump (the seeds' format). */
export interface TruthFile {
  file: string;
  about: string;
  articles: {
    startLine: number;
    endLine: number;
    headline: string | null;
    headlineInDump: boolean;
    dek?: string | null;
    contributors: string[];
    region: string;
    beats: string[];
  }[];
}

/** What a parse should match of a truth file, shaped for one `toEqual`. */
export function expectedFromTruth(truth: TruthFile) {
  return truth.articles.map((a) => ({
    startLine: a.startLine,
    endLine: a.endLine,
    headline: a.headlineInDump ? a.headline : "(derived)",
    dek: a.dek ?? null,
    contributors: a.contributors,
  }));
}

export function actualForTruth(result: ParseResult) {
  return result.articles.map((a) => ({
    startLine: a.startLine,
    endLine: a.endLine,
    headline: a.headlineSource === "dump" ? a.headline : "(derived)",
    dek: a.dek,
    contributors: a.contributors,
  }));
}
