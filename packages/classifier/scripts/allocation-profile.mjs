// Issue #14, thirty-first pass: what the bench's article loop allocates, by function. V8's
// sampling heap profiler, with the objects the collector has already freed counted, over ROUNDS
// rounds of the bench's 84 articles of ~820 words after WARM articles (as scripts/bench-loop.mjs
// builds them):
//   node scripts/allocation-profile.mjs PACKAGE_DIR [WARM] [ROUNDS] [TOP]
// prints the bytes allocated per article and the TOP functions that allocated most (self).
// Sampled (one sample per 512 bytes on average): runs of one build differ by a few percent.
import { Session } from "node:inspector/promises";
import { loadBench } from "./bench-articles.mjs";

const [pkgArg, warmArg = "300", roundsArg = "20", topArg = "15"] = process.argv.slice(2);
if (!pkgArg) {
  throw new Error("usage: node scripts/allocation-profile.mjs PACKAGE_DIR [WARM] [ROUNDS] [TOP]");
}
const { createClassifier, articles } = await loadBench(pkgArg);
const classifier = createClassifier();
for (let i = 0; i < Number(warmArg); i++) classifier.classify(articles[i % articles.length]);

const session = new Session();
session.connect();
await session.post("HeapProfiler.enable");
await session.post("HeapProfiler.startSampling", {
  samplingInterval: 512,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
let beats = 0;
for (let r = 0; r < Number(roundsArg); r++) {
  for (const a of articles) beats += classifier.classify(a).beats.length;
}
const { profile } = await session.post("HeapProfiler.stopSampling");
session.disconnect();

const count = Number(roundsArg) * articles.length;
const byFunction = new Map();
let total = 0;
const visit = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || "(anonymous)"} ${url.split("/").pop()}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const child of node.children) visit(child);
};
visit(profile.head);
const kb = (bytes) => (bytes / count / 1024).toFixed(1);
console.log(`${count} articles (${beats} beats listed): ${kb(total)} KB allocated an article`);
const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg));
for (const [key, bytes] of top) console.log(`${kb(bytes).padStart(8)} KB  ${key}`);
