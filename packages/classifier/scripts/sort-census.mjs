// Issue #14, thirty-fifth pass: the Array#sort calls the bench's article loop makes, by calling
// line, with their lists' mean length. Array#sort allocates its state and a copy of the list at
// every call (the heap profiler's `sort` line), so each call site counts:
//   node scripts/sort-census.mjs PACKAGE_DIR
// classifies the bench's 84 articles once to warm up, then once more with Array#sort wrapped.
import { loadBench } from "./bench-articles.mjs";

const [pkgArg] = process.argv.slice(2);
if (!pkgArg) throw new Error("usage: node scripts/sort-census.mjs PACKAGE_DIR");
const { createClassifier, articles } = await loadBench(pkgArg);
const classifier = createClassifier();
for (const a of articles) classifier.classify(a);

const sort = Array.prototype.sort;
const bySite = new Map();
Array.prototype.sort = function (compare) {
  const site = new Error().stack.split("\n")[2].trim().replace(/^at /, "");
  const seen = bySite.get(site) ?? { calls: 0, items: 0 };
  seen.calls++;
  seen.items += this.length;
  bySite.set(site, seen);
  return sort.call(this, compare);
};
for (const a of articles) classifier.classify(a);
Array.prototype.sort = sort;

const rows = [...bySite].sort((a, b) => b[1].items - a[1].items);
for (const [site, { calls, items }] of rows) {
  const perArticle = (calls / articles.length).toFixed(2);
  console.log(
    `${perArticle.padStart(6)} calls an article, ${(items / calls).toFixed(1)} items: ${site}`,
  );
}
if (rows.length === 0) console.log("no Array#sort calls");
