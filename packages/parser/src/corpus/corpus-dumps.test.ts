import { describe, expect, it } from "vitest";
import type { CorpusArticle } from "./corpus-articles.js";
import { isHeldOut, splitByOutlet } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";

const article = (source: string, n: number): CorpusArticle => ({
  id: `${n}`,
  source,
  title: `Harbour board ${n} approves new quay`,
  authors: n % 2 ? "Ilse Maren" : "",
  paragraphs: [
    `The harbour board approved plan ${n} on Tuesday after a long debate.`,
    "Work starts next spring, the board said.",
  ],
});

describe("corpus dumps", () => {
  it("record where each article landed, one outlet a dump", () => {
    const articles = [1, 2, 3, 4, 5].map((n) => article(n < 4 ? "Gazette" : "Courier", n));
    for (const layout of ["lines", "blank", "wrapped"] as const) {
      const dumps = [...corpusDumps(articles, { layout, seed: 3, perDump: 8 })];
      expect(dumps).toHaveLength(2);
      for (const dump of dumps) {
        const lines = dump.text.split("\n");
        for (const t of dump.truth) {
          const first = lines[t.startLine - 1] as string;
          expect(first === t.headline || first.startsWith("The harbour")).toBe(true);
          expect(lines[t.endLine - 1]).toMatch(/said\.$/);
        }
      }
    }
  });

  it("split by outlet, never by article", () => {
    const articles = ["A", "B", "C", "D", "E", "F", "G", "H"].flatMap((s) =>
      [1, 2].map((n) => article(s, n)),
    );
    const { train, test } = splitByOutlet(articles);
    expect(train.length + test.length).toBe(articles.length);
    for (const a of test) expect(isHeldOut(a.source)).toBe(true);
    const trainOutlets = new Set(train.map((a) => a.source));
    for (const a of test) expect(trainOutlets.has(a.source)).toBe(false);
  });
});
