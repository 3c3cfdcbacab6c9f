import { describe, expect, it } from "vitest";
import { parseDump } from "./parse-dump.js";
import { type ComposeOptions, composeDump, type Layout } from "./test-support/compose-dump.js";
import { loadFixtureArticles } from "./test-support/fixture-articles.js";
import type { ParseResult } from "./types.js";

/**
 * Pins what the parser makes of every fixture article, in each layout, with and without page
 * debris: each article's lines, headline and where it came from, word count and content hash,
 * and each warning. A change that is meant only to make parsing faster must leave this
 * snapshot as it is; one that changes what the parser finds updates it (`vitest -u`), and the
 * diff shows what changed.
 */
const LAYOUTS: Layout[] = ["lines", "spaced", "blank", "wrapped"];

function summary(result: ParseResult): string[] {
  return [
    ...result.articles.map(
      (a) =>
        `${a.startLine}-${a.endLine} ${a.headlineSource} "${a.headline}" ${a.wordCount}w ${a.contentHash.slice(0, 12)} [${a.contributors.join(", ")}]`,
    ),
    ...result.warnings.map((w) => `warning ${w.line} ${w.code}`),
  ];
}

describe("the parser's output on the fixtures", () => {
  const articles = loadFixtureArticles();
  for (const layout of LAYOUTS) {
    for (const debrisRate of [0, 0.3]) {
      it(`is unchanged in the ${layout} layout${debrisRate > 0 ? " with debris" : ""}`, () => {
        const options: ComposeOptions = {
          layout,
          headlessRate: 0.5,
          duplicateHeadlineRate: 0.2,
          eol: "\n",
          wrapWidth: 70,
          seed: 5,
          debrisRate,
        };
        expect(summary(parseDump(composeDump(articles, options).text))).toMatchSnapshot();
      });
    }
  }
});
