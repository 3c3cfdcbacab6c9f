// Issue #14, twenty-eighth pass: the bench's article loop alone, for counting its work with
// cachegrind (wall time on a shared machine is noise):
//   nice valgrind --tool=cachegrind --cache-sim=no --smc-check=all-non-file \
//     node --single-threaded --predictable --predictable-gc-schedule --hash-seed=1 --random-seed=1 \
//     --trace-deopt \
//     scripts/bench-loop.mjs PACKAGE_DIR 300 30
// classifies WARM articles, prints a marker, then ROUNDS rounds of the bench's 84 articles of
// ~820 words (built as src/bench/classify-bench.ts builds them). Run it with ROUNDS 0 too: the
// difference is the rounds' own work. Deoptimizations after the marker are the hot paths'.
// The collector's share follows its schedule even so: read it apart
// (cachegrind-collector-split.mjs).
import { loadBench } from "./bench-articles.mjs";

const [pkgArg, warmArg = "300", roundsArg = "30"] = process.argv.slice(2);
if (!pkgArg) throw new Error("usage: node scripts/bench-loop.mjs PACKAGE_DIR [WARM] [ROUNDS]");
const { createClassifier, articles } = await loadBench(pkgArg);
const classifier = createClassifier();
for (let i = 0; i < Number(warmArg); i++) classifier.classify(articles[i % articles.length]);
console.log("=== warm-up done");
let beats = 0;
const started = process.cpuUsage();
for (let r = 0; r < Number(roundsArg); r++) {
  for (const a of articles) beats += classifier.classify(a).beats.length;
}
const cpu = process.cpuUsage(started);
const ms = (cpu.user + cpu.system) / 1000;
const count = Number(roundsArg) * articles.length;
console.log(`${count} articles: ${ms.toFixed(0)} ms of CPU (${beats} beats listed)`);
