import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ClassifiableArticle } from "../types.js";

/** Where the reference dump sits when the repository is checked out beside the shared data. */
export const DEFAULT_SEEDS = fileURLToPath(
  new URL("../../../../../shared/seeds/", import.meta.url),
);

/** One article of a reference dump with the labels its truth file gives it. */
export interface ReferenceArticle {
  file: string;
  article: ClassifiableArticle;
  /** Beats acceptable as the primary beat. */
  beats: string[];
  region: string;
}

interface TruthArticle {
  startLine: number;
  endLine: number;
  headlineInDump: boolean;
  dek?: string;
  contributors: string[];
  region: string;
  beats: string[];
}

/**
 * Reads every *.truth.json in `dir` and slices its articles out of the dump it names; an
 * empty list when the directory is absent (a clone without the shared data).
 */
export function loadReferenceDump(dir = DEFAULT_SEEDS): ReferenceArticle[] {
  if (!existsSync(dir)) return [];
  const out: ReferenceArticle[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith(".truth.json"))
    .sort()) {
    const truth = JSON.parse(readFileSync(`${dir}${f}`, "utf8")) as {
      file: string;
      articles: TruthArticle[];
    };
    const lines = readFileSync(`${dir}${truth.file}`, "utf8").split(/\r?\n/);
    for (const t of truth.articles) {
      out.push({
        file: truth.file,
        article: articleFrom(lines, t),
        beats: t.beats,
        region: t.region,
      });
    }
  }
  return out;
}

/** Slices one article out of the dump by its truth line range. */
function articleFrom(lines: string[], t: TruthArticle): ClassifiableArticle {
  let body = lines.slice(t.startLine - 1, t.endLine).filter((l) => l.trim() !== "");
  let headline: string;
  let dek: string | null = null;
  if (t.headlineInDump) {
    headline = body[0] ?? "";
    body = body.slice(1);
    if (body[0] === headline) body = body.slice(1);
    if (t.dek) {
      dek = body[0] ?? null;
      body = body.slice(1);
    }
  } else {
    // What the parser does too: a headline written from the lede's first sentence.
    headline = (body[0] ?? "").split(/(?<=[.!?])\s/)[0] ?? "";
  }
  return { headline, dek, paragraphs: body, contributors: t.contributors };
}
