import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { HOSTILE_SHAPES, hostileDump } from "../bench/hostile-shapes.js";
import { buildDump } from "../bench/parse-bench.js";
import { parseDump } from "../parse-dump.js";
import { composeDump, type Layout } from "../test-support/compose-dump.js";
import { loadFixtureArticles } from "../test-support/fixture-articles.js";
import { corpusOrExplain } from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";

/**
 * `npm run digest`: a SHA-256 of the parser's whole output (every article and warning, as
 * JSON) per group of dumps: the bench's dumps, samples/, the shared seeds, the hostile shapes,
 * the fixtures composed in every layout, and dumps composed from the corpus at run time. A
 * change meant only to make parsing faster must print the same lines before and after it;
 * one meant to change only the derived headlines, the same lines with `--without-derived`.
 */
const SAMPLES_DIR = new URL("../../../../samples/", import.meta.url);
const SEEDS_DIR = new URL("../../../../../shared/seeds/", import.meta.url);
// Corpus dumps per layout: a few thousand in all, a few minutes on one core.
const CORPUS_DUMPS_PER_LAYOUT = 1000;

type Dump = Uint8Array | string;

// `--without-derived`: every derived headline hashed as an empty string, so that a change to the
// derived headlines alone prints the same lines before and after it.
const WITHOUT_DERIVED = process.argv.includes("--without-derived");

/** The parse's output, or the error it threw, as the bytes to hash. */
function outputOf(dump: Dump): string {
  try {
    const result = parseDump(dump);
    if (WITHOUT_DERIVED)
      for (const article of result.articles)
        if (article.headlineSource === "derived") article.headline = "";
    return JSON.stringify(result);
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

function digest(group: string, dumps: Iterable<Dump>): void {
  const hash = createHash("sha256");
  let count = 0;
  const cpu = process.cpuUsage();
  for (const dump of dumps) {
    hash.update(outputOf(dump));
    hash.update("\u0000");
    count++;
  }
  const used = process.cpuUsage(cpu);
  const seconds = ((used.user + used.system) / 1e6).toFixed(1);
  console.log(`${group.padEnd(28)} ${String(count).padStart(6)} dumps  ${hash.digest("hex")}`);
  console.error(`  (${group}: ${seconds} s CPU)`);
}

function* filesIn(dir: URL): Generator<Buffer> {
  if (!existsSync(dir)) {
    console.error(`  (${dir.pathname} is missing: its group is empty)`);
    return;
  }
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".truth.json")) yield readFileSync(new URL(name, dir));
  }
}

function* fixtureDumps(): Generator<Dump> {
  const articles = loadFixtureArticles();
  const layouts: Layout[] = ["lines", "spaced", "blank", "wrapped"];
  for (const layout of layouts) {
    for (const debrisRate of [0, 0.3]) {
      for (const seed of [1, 2, 3, 5]) {
        const text = composeDump(articles, {
          layout,
          headlessRate: 0.5,
          duplicateHeadlineRate: 0.2,
          eol: seed === 3 ? "\r\n" : "\n",
          wrapWidth: 60 + seed * 4,
          seed,
          debrisRate,
        }).text;
        yield seed === 2 ? text : Buffer.from(text);
      }
    }
  }
}

function* corpusComposed(): Generator<Dump> {
  const corpus = corpusOrExplain("digest", false);
  if (corpus === null) return;
  for (const layout of CORPUS_LAYOUTS) {
    let count = 0;
    for (const dump of corpusDumps(corpus, { layout, seed: 11 })) {
      yield Buffer.from(dump.text);
      if (++count >= CORPUS_DUMPS_PER_LAYOUT) break;
    }
  }
}

function main(): void {
  digest("bench dumps (5, 50 MB)", [buildDump(5), buildDump(50)]);
  digest("samples/", filesIn(SAMPLES_DIR));
  digest("shared seeds", filesIn(SEEDS_DIR));
  digest(
    "hostile shapes (0.2, 1 MB)",
    HOSTILE_SHAPES.flatMap((shape) => [0.2, 1].map((mb) => hostileDump(shape, mb * 2 ** 20))),
  );
  digest("fixtures (4 layouts x 8)", fixtureDumps());
  digest("corpus-composed dumps", corpusComposed());
}

main();
