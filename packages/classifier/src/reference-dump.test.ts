import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createClassifier } from "./create-classifier.js";
import type { ClassifiableArticle } from "./types.js";

// The reference dump is real published text: it stays in ../shared and is read at run time,
// never copied into the repository.
const seeds = fileURLToPath(new URL("../../../../shared/seeds/", import.meta.url));
const truthFiles = existsSync(seeds)
  ? readdirSync(seeds).filter((f) => f.endsWith(".truth.json"))
  : [];

interface Truth {
  file: string;
  articles: {
    startLine: number;
    endLine: number;
    headlineInDump: boolean;
    dek?: string;
    contributors: string[];
    region: string;
    beats: string[];
  }[];
}

/** Slices one article out of the dump by its truth line range. */
function articleFrom(lines: string[], t: Truth["articles"][number]): ClassifiableArticle {
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

describe.skipIf(truthFiles.length === 0)("the reference dump in ../shared/seeds", () => {
  const classifier = createClassifier();
  for (const file of truthFiles) {
    const truth = JSON.parse(readFileSync(`${seeds}${file}`, "utf8")) as Truth;
    const lines = readFileSync(`${seeds}${truth.file}`, "utf8").split(/\r?\n/);
    it(`${truth.file}: every primary region right, every primary beat acceptable`, () => {
      const got = truth.articles.map((t) => {
        const r = classifier.classify(articleFrom(lines, t));
        return { region: r.regions[0]?.id, beatOk: t.beats.includes(r.beats[0]?.id ?? "") };
      });
      expect(got.map((g) => g.region)).toEqual(truth.articles.map((t) => t.region));
      expect(got.map((g) => g.beatOk)).toEqual(truth.articles.map(() => true));
    });
  }
});

if (truthFiles.length === 0) {
  console.warn(`reference dump test skipped: no *.truth.json in ${seeds} (../shared is absent)`);
}
