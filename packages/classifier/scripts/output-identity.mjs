// Issue #14, twenty-eighth pass: what a speed change must leave as it is. Writes `classify` and
// `explain` of every fixture, joined fixture, desk-check story and corpus article, one JSON line
// each, to OUT (outside the repository: corpus outputs never enter it) and prints a hash of them.
// Run it for two builds and compare the files (cmp):
//   node scripts/output-identity.mjs PACKAGE_DIR OUT
// PACKAGE_DIR is a built packages/classifier (its dist/ is what runs); the corpus is read from
// NEWSDESK_CORPUS or the default place (src/eval/corpus-articles.ts).
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";

const [pkgArg, out] = process.argv.slice(2);
if (!pkgArg || !out) throw new Error("usage: node scripts/output-identity.mjs PACKAGE_DIR OUT");
const pkg = resolve(pkgArg);
const { createClassifier } = await import(`${pkg}/dist/create-classifier.js`);
const { loadFixtureArticles, joinedFixtures } = await import(
  `${pkg}/dist/eval/fixture-articles.js`
);
const { loadDeskCheck } = await import(`${pkg}/dist/eval/desk-check-set.js`);
const { readCorpus } = await import(`${pkg}/dist/eval/corpus-articles.js`);
const classifier = createClassifier();
const fixtures = loadFixtureArticles(`${pkg}/../../fixtures/articles/`).map((l) => l.article);
const desk = loadDeskCheck(`${pkg}/desk-check/`).map((s) => s.article);
if (desk.length === 0) throw new Error(`no desk-check stories under ${pkg}/desk-check/`);
const sets = [
  ["fixture", fixtures],
  ["joined", joinedFixtures(fixtures)],
  ["desk", desk],
  ["corpus", (await readCorpus()).map((r) => r.article)],
];
const lines = [];
for (const [name, articles] of sets) {
  articles.forEach((a, i) => {
    lines.push(`${name} ${i} C ${JSON.stringify(classifier.classify(a))}`);
    lines.push(`${name} ${i} E ${JSON.stringify(classifier.explain(a))}`);
  });
}
writeFileSync(out, `${lines.join("\n")}\n`);
const hash = createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16);
console.log(
  `${sets.map(([n, a]) => `${n} ${a.length}`).join(", ")}; ${lines.length} lines, ${hash}`,
);
