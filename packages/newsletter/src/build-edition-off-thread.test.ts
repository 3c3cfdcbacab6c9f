import { describe, expect, it } from "vitest";
import { benchArticles } from "./bench/bench-articles.js";
import { buildEdition } from "./build-edition.js";
import { buildEditionOffThread, leanArticle } from "./build-edition-off-thread.js";
import { EditionThreadError } from "./errors.js";
import { LEDE_WINDOW_CHARS, ledeTerms } from "./lede-terms.js";
import { summarizeLede } from "./summarize-lede.js";
import { fixtureArticles } from "./test-support/fixture-articles.js";
import { makeArticle } from "./test-support/make-article.js";

// Run from source, the thread needs the compiled worker: `npm run build` first (turbo's test
// task depends on the build).
const DIST_WORKER = new URL("../dist/build-edition-worker.js", import.meta.url);
const now = new Date("2026-03-10T12:00:00Z");

describe("buildEditionOffThread", () => {
  it("gives the edition buildEdition gives, dates and all", async () => {
    const articles = [...fixtureArticles(now), ...benchArticles(1_500, now)].map(
      (article, index) => ({ ...article, id: index + 1 }),
    );
    const options = { articles, frequency: "daily" as const, now, capPerRegion: 8 };
    const offThread = await buildEditionOffThread(options, DIST_WORKER);
    expect(offThread).toEqual(buildEdition(options));
    expect(offThread?.periodEnd).toBeInstanceOf(Date);
    expect(offThread?.sections[0]?.items[0]?.publishedAt).toBeInstanceOf(Date);
  });

  it("copies only the text a build reads", () => {
    const long = makeArticle({
      id: 1,
      paragraphs: [
        "   ",
        ...Array.from({ length: 60 }, (_, k) =>
          `Paragraph ${k} of the Orvel bridge inquiry. `.repeat(8),
        ),
      ],
    });
    const lean = leanArticle(long);
    expect(lean.paragraphs.length).toBeLessThan(long.paragraphs.length);
    expect(lean.paragraphs.join("").length).toBeGreaterThanOrEqual(
      LEDE_WINDOW_CHARS - long.headline.length,
    );
    expect(ledeTerms(lean)).toEqual(ledeTerms(long));
    expect(summarizeLede(lean)).toBe(summarizeLede(long));
    const short = makeArticle({ id: 2 });
    expect(leanArticle(short)).toBe(short);
  });

  it("fails with a named error when the thread fails", async () => {
    const broken = new URL("data:text/javascript,throw new Error('no build here')");
    await expect(
      buildEditionOffThread({ articles: [], frequency: "daily", now }, broken),
    ).rejects.toBeInstanceOf(EditionThreadError);
  });
});
