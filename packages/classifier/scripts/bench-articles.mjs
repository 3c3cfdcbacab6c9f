// The bench's articles for the scripts that measure a build (bench-loop.mjs,
// allocation-profile.mjs): the fixtures, each padded with the next ones' paragraphs to ~800 words,
// as src/bench/classify-bench.ts builds them. Read from PACKAGE_DIR's own dist and fixtures, so
// a script can measure another build.
import { resolve } from "node:path";

/** The classifier factory and the bench's 84 articles of a built package directory. */
export async function loadBench(pkgArg) {
  const pkg = resolve(pkgArg);
  const { createClassifier } = await import(`${pkg}/dist/create-classifier.js`);
  const { loadFixtureArticles } = await import(`${pkg}/dist/eval/fixture-articles.js`);
  const sources = loadFixtureArticles(`${pkg}/../../fixtures/articles/`).map((l) => l.article);
  const eightHundredWords = (i) => {
    const base = sources[i % sources.length];
    const paragraphs = [...base.paragraphs];
    let words = paragraphs.join(" ").split(/\s+/).length;
    for (let k = 1; words < 800; k++) {
      for (const p of sources[(i + k) % sources.length].paragraphs) {
        if (words >= 800) break;
        paragraphs.push(p);
        words += p.split(/\s+/).length;
      }
    }
    return { ...base, paragraphs };
  };
  return { createClassifier, articles: sources.map((_, i) => eightHundredWords(i)) };
}
