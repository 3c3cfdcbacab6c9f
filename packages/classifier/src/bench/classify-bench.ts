import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { loadFixtureArticles } from "../eval/fixture-articles.js";
import type { ClassifiableArticle } from "../types.js";

// Prints cold start and throughput on 800-word articles built from the fixtures: `npm run bench`.
// Targets: cold start < 1 s, >= 2,000 articles/s. The cold start is what a new process or
// worker thread pays before its first answer: importing the classifier, loading its data
// (dist/compiled-data.bin, or compiling data/ when that is stale) and classifying one article.
const started = performance.now();
const startedCpu = process.cpuUsage();
const { createClassifier } = await import("../create-classifier.js");
const classifier = createClassifier();
classifier.classify({
  headline: "Port strike ends as dockers accept a new pay offer",
  dek: null,
  paragraphs: ["ROTTERDAM, Netherlands — Dock workers voted on Monday to end a strike."],
  contributors: [],
});
const coldMs = performance.now() - started;
const coldCpuUsage = process.cpuUsage(startedCpu);
const coldCpu = coldCpuUsage.user + coldCpuUsage.system;
// The same from the process's start: Node's own start-up too.
const sinceStart = process.cpuUsage();
const sinceStartCpu = sinceStart.user + sinceStart.system;
const sinceStartMs = process.uptime() * 1000;

const dir = fileURLToPath(new URL("../../../../fixtures/articles/", import.meta.url));
const sources = loadFixtureArticles(dir).map((l) => l.article);
if (sources.length === 0)
  throw new Error(`no fixture articles in ${dir} to build bench articles from`);

/** Pads an article with paragraphs of the next ones until it is about 800 words long. */
function eightHundredWords(i: number): ClassifiableArticle {
  const base = sources[i % sources.length] as ClassifiableArticle;
  const paragraphs = [...base.paragraphs];
  let words = paragraphs.join(" ").split(/\s+/).length;
  for (let k = 1; words < 800; k++) {
    for (const p of (sources[(i + k) % sources.length] as ClassifiableArticle).paragraphs) {
      if (words >= 800) break;
      paragraphs.push(p);
      words += p.split(/\s+/).length;
    }
  }
  return { ...base, paragraphs };
}
const articles = sources.map((_, i) => eightHundredWords(i));
const avgWords =
  articles.reduce((s, a) => s + a.paragraphs.join(" ").split(/\s+/).length, 0) / articles.length;

// Warm up so the JIT has compiled the hot paths before timing.
for (let i = 0; i < 200; i++)
  classifier.classify(articles[i % articles.length] as ClassifiableArticle);
const rounds = 5;
const perRound = 1000;
const rates: number[] = [];
const cpuRates: number[] = [];
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < perRound; i++)
    classifier.classify(articles[i % articles.length] as ClassifiableArticle);
  const cpu = process.cpuUsage(c0);
  rates.push(perRound / ((performance.now() - t0) / 1000));
  // CPU time is what one core spent: on a shared machine wall time also counts the waiting.
  cpuRates.push(perRound / ((cpu.user + cpu.system) / 1e6));
}
const load = loadavg()
  .map((x) => x.toFixed(1))
  .join(" ");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(
  `cold start (import, load data, first article): ${coldMs.toFixed(0)} ms wall, ${(coldCpu / 1000).toFixed(0)} ms CPU; from process start ${sinceStartMs.toFixed(0)} ms wall, ${(sinceStartCpu / 1000).toFixed(0)} ms CPU (target < 1000 ms)`,
);
console.log(
  `classify: ${median(cpuRates).toFixed(0)} articles/s per CPU-second of one core (${median(rates).toFixed(0)}/s wall clock), median of ${rounds} x ${perRound} articles of ~${avgWords.toFixed(0)} words (target >= 2000/s)`,
);
// CPU figures still drop on a crowded machine (caches and memory are shared): read them beside
// the load.
console.log(`load average (1, 5, 15 min): ${load} on ${availableParallelism()} cores`);
