import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BeatCombinerData } from "../beat-combiner.js";
import type { BeatMemberData } from "../beat-member.js";
import type { BeatModelData } from "../beat-model.js";
import { createClassifier } from "../create-classifier.js";
import { type BeatOutcome, beatMetrics, formatConfusion } from "./beat-metrics.js";
import { BEFORE } from "./before-figures.js";
import { DeskLabelError } from "./check-desk-labels.js";
import { DEFAULT_CORPUS, isHeldOutSource, readCorpus } from "./corpus-articles.js";
import { printDeskCheck } from "./desk-check-report.js";
import { printDeskSlice } from "./desk-slice-report.js";
import { type LabeledArticle, loadFixtureArticles } from "./fixture-articles.js";
import { UnpairedLabelError } from "./pass-agreement.js";
import { DEFAULT_SEEDS, loadReferenceDump } from "./reference-dump.js";
import { readScriptOptions } from "./script-options.js";

// Prints, for the fixtures, the outlets held out from training and the reference dump: the
// primary-beat accuracy, macro-F1 and confusion table; for the fixtures also precision and
// recall per beat and region and places/people figures, beside the figures before the
// learned model (its options: USAGE below). The fixtures' figure for a model that never saw them: `npm run train` leaves
// it in dist/unseen-beat-model.json: `npm run eval -- --model dist/unseen-beat-model.json`.
const USAGE =
  "npm run eval -- [DIR] [--corpus PATH] [--desk-labels FILE] [--second-desk-labels FILE] [--seeds DIR] [--model FILE] [--combiner FILE] [--member FILE] [--verbose]";
const text = { type: "string" } as const;
const { values: opts, positionals } = readScriptOptions(
  USAGE,
  {
    corpus: text,
    "desk-labels": text,
    "second-desk-labels": text,
    seeds: text,
    model: text,
    combiner: text,
    member: text,
    verbose: { type: "boolean" },
  },
  process.argv.slice(2),
  true,
);
const verbose = opts.verbose === true;
const dir =
  positionals[0] ?? fileURLToPath(new URL("../../../../fixtures/articles/", import.meta.url));
const corpusPath = opts.corpus ?? DEFAULT_CORPUS;
const seedsDir = opts.seeds ?? DEFAULT_SEEDS;

// A model passed alone decides by its own logits; --combiner gives it a combination of its own.
const readJson = <T>(path: string | undefined) =>
  path ? (JSON.parse(readFileSync(path, "utf8")) as T) : undefined;
const classifier = createClassifier({
  beatModel: readJson<BeatModelData>(opts.model),
  beatCombiner: readJson<BeatCombinerData>(opts.combiner),
  beatMember: readJson<BeatMemberData>(opts.member),
});
const topLevel = new Set(classifier.taxonomy.beats.filter((b) => !b.parent).map((b) => b.id));
const pct = (x: number) => (Number.isNaN(x) ? "   -  " : `${(100 * x).toFixed(1).padStart(5)}%`);
/** The listed top-level beats, best first. */
const topBeats = (a: LabeledArticle["article"]) =>
  classifier
    .classify(a)
    .beats.map((b) => b.id)
    .filter((id) => topLevel.has(id));

function printBeatMetrics(
  title: string,
  outcomes: BeatOutcome[],
  before?: { accuracy: number; macroF1: number },
) {
  const m = beatMetrics(outcomes);
  console.log(`\n== ${title}: ${m.total} articles`);
  console.log(`${"beat".padEnd(30)} support precision   recall       F1`);
  for (const b of m.perBeat) {
    console.log(
      `  ${b.id.padEnd(28)} ${String(b.support).padStart(7)}   ${pct(b.precision)}   ${pct(b.recall)}   ${pct(b.f1)}`,
    );
  }
  const was = (x: number | undefined) => (x === undefined ? "" : `   (before: ${pct(x)})`);
  console.log(`primary beat accuracy     ${pct(m.accuracy)}${was(before?.accuracy)}`);
  console.log(`macro-F1 (support >= 30)  ${pct(m.macroF1)}${was(before?.macroF1)}`);
  console.log(formatConfusion(m.confusion));
  return m;
}

// 1. The fixtures.
const labeled = loadFixtureArticles(dir);
if (labeled.length === 0) console.log(`no fixture articles in ${dir}`);
else evalFixtures(labeled);

// 1b. The blind desk check (desk-check/), which no trainer reads.
printDeskCheck((a) => classifier.classify(a), topLevel);

// 2. Outlets held out from training.
if (existsSync(corpusPath)) {
  const corpus = (await readCorpus(corpusPath)).filter((c) => c.beat && isHeldOutSource(c.source));
  const sources = new Set(corpus.map((c) => c.source));
  let shown = 0;
  let shownRight = 0;
  const primaryById = new Map<string, string>();
  const outcomes = corpus.map((c) => {
    const beats = topBeats(c.article);
    primaryById.set(c.id, beats[0] ?? "(none)");
    if (beats.length > 1) shown++;
    if (beats.slice(1).includes(c.beat as string)) shownRight++;
    return { gold: [c.beat as string], predicted: beats[0] ?? "(none)" };
  });
  printBeatMetrics(
    `held-out outlets (${sources.size} outlets never trained on)`,
    outcomes,
    BEFORE.heldOut,
  );
  console.log(
    `second beat shown          ${pct(shown / corpus.length)} of articles; the label's beat in ${pct(shownRight / shown)} of those`,
  );
  try {
    printDeskSlice(corpus, primaryById, classifier.taxonomy.beats, {
      first: opts["desk-labels"],
      second: opts["second-desk-labels"],
    });
  } catch (e) {
    // The other figures still print; the exit code says the labels need fixing.
    if (!(e instanceof DeskLabelError || e instanceof UnpairedLabelError)) throw e;
    console.error(`\n${e.message}`);
    process.exitCode = 1;
  }
} else {
  console.log(
    `\n== held-out outlets: the newsroom corpus is missing at ${corpusPath}; skipped (pass --corpus PATH)`,
  );
  console.log(
    "== desk-labelled slice: skipped, it needs the corpus for the corpus beats and the text",
  );
}

// 3. The reference dump.
const reference = loadReferenceDump(seedsDir);
if (reference.length > 0) {
  let regionsRight = 0;
  const outcomes = reference.map((r, i) => {
    const c = classifier.classify(r.article);
    const region = c.regions[0]?.id ?? "(none)";
    if (region === r.region) regionsRight++;
    const predicted = c.beats[0]?.id ?? "(none)";
    if (verbose || !r.beats.includes(predicted) || region !== r.region) {
      console.log(
        `  reference #${i + 1}: beat ${predicted} (want ${r.beats.join("|")}), region ${region} (want ${r.region}), evidence ${JSON.stringify(c.evidence)}`,
      );
    }
    return { gold: r.beats, predicted };
  });
  const m = printBeatMetrics("reference dump", outcomes);
  console.log(
    `primary region accuracy   ${pct(regionsRight / reference.length)}  (${regionsRight}/${reference.length})`,
  );
  console.log(`primary beats acceptable  ${Math.round(m.accuracy * m.total)}/${m.total}`);
} else {
  console.log(`\n== reference dump: none at ${seedsDir}; skipped (pass --seeds DIR)`);
}

function evalFixtures(items: LabeledArticle[]): void {
  interface Counts {
    tp: number;
    fp: number;
    fn: number;
  }
  const beatCounts = new Map<string, Counts>();
  const regionCounts = new Map<string, Counts>();
  const counts = (m: Map<string, Counts>, id: string) => {
    let c = m.get(id);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      m.set(id, c);
    }
    return c;
  };
  let regionRight = 0;
  let placesFound = 0;
  let placesTotal = 0;
  let peopleFound = 0;
  let peopleTotal = 0;
  // What the classifier listed, and how much of that the labels hold: recall alone rewards
  // listing every capitalized pair.
  let placesListed = 0;
  let placesListedRight = 0;
  let peopleListed = 0;
  let peopleListedRight = 0;
  const misses: string[] = [];
  const outcomes: BeatOutcome[] = [];
  for (const item of items) {
    const result = classifier.classify(item.article);
    const predictedBeats = result.beats.map((b) => b.id).filter((id) => topLevel.has(id));
    const primary = predictedBeats[0] ?? "(none)";
    const primaryRegion = result.regions[0]?.id ?? "(none)";
    const beatOk = item.beats.includes(primary);
    const regionOk = primaryRegion === item.region;
    outcomes.push({ gold: item.beats, predicted: primary });
    if (regionOk) regionRight++;
    // Beats: label-level, the acceptable set against every beat the classifier listed.
    for (const id of new Set([...item.beats, ...predictedBeats])) {
      const c = counts(beatCounts, id);
      const gold = item.beats.includes(id);
      const said = predictedBeats.includes(id);
      if (gold && said) c.tp++;
      else if (said) c.fp++;
      else c.fn++;
    }
    // Regions: the primary region against the labeled one.
    if (regionOk) counts(regionCounts, item.region).tp++;
    else {
      counts(regionCounts, item.region).fn++;
      counts(regionCounts, primaryRegion).fp++;
    }
    placesFound += countFound(
      item.places,
      result.places.map((p) => p.name),
    );
    placesTotal += item.places.length;
    peopleFound += countFound(item.people, result.people);
    peopleTotal += item.people.length;
    placesListed += result.places.length;
    placesListedRight += countFound(
      result.places.map((p) => p.name),
      item.places,
    );
    peopleListed += result.people.length;
    peopleListedRight += countFound(result.people, item.people);
    if (!beatOk || !regionOk) {
      misses.push(
        `  ${item.id}: beat ${primary}${beatOk ? "" : ` (want ${item.beats.join("|")})`}, region ${primaryRegion}${regionOk ? "" : ` (want ${item.region})`}, evidence ${JSON.stringify(result.evidence)}`,
      );
    }
    if (verbose) console.log(item.id, JSON.stringify(result.beats), JSON.stringify(result.regions));
  }
  const table = (title: string, m: Map<string, Counts>) => {
    console.log(`\n${title.padEnd(36)} precision   recall  support`);
    for (const [id, c] of [...m.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      const p = c.tp / (c.tp + c.fp);
      const r = c.tp / (c.tp + c.fn);
      console.log(`  ${id.padEnd(34)} ${pct(p)}   ${pct(r)}  ${String(c.tp + c.fn).padStart(7)}`);
    }
  };
  const n = items.length;
  console.log(`Newsdesk classifier eval: ${n} fixture articles from ${dir}`);
  table("beats (acceptable set vs listed)", beatCounts);
  table("regions (primary)", regionCounts);
  printBeatMetrics("fixtures (primary beat)", outcomes, BEFORE.fixtures);
  const b = BEFORE.fixtures;
  console.log(`\n${"fixtures: places and regions".padEnd(26)} now                         before`);
  console.log(
    `primary region accuracy  ${pct(regionRight / n)}  (${regionRight}/${n})               ${pct(b.regionAccuracy)}`,
  );
  console.log(
    `places recall            ${pct(placesFound / placesTotal)}  (${placesFound}/${placesTotal}), precision ${pct(placesListedRight / placesListed)}   ${pct(b.placesRecall)}, precision ${pct(b.placesPrecision)}`,
  );
  console.log(
    `people recall            ${pct(peopleFound / peopleTotal)}  (${peopleFound}/${peopleTotal}), precision ${pct(peopleListedRight / peopleListed)}   ${pct(b.peopleRecall)}, precision ${pct(b.peoplePrecision)}`,
  );
  if (misses.length > 0) console.log(`\nmisses:\n${misses.join("\n")}`);
}

function countFound(wanted: string[], got: string[]): number {
  const have = new Set(got.map((g) => g.toLowerCase()));
  return wanted.filter((w) => have.has(w.toLowerCase())).length;
}

export type { LabeledArticle };
