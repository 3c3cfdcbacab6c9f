import { fileURLToPath } from "node:url";
import { createClassifier } from "../create-classifier.js";
import { type LabeledArticle, loadFixtureArticles } from "./fixture-articles.js";

// Prints precision and recall per beat and per region over the labeled fixtures, and the
// primary accuracies: `npm run eval [-- DIR] [--verbose]`.
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const dir =
  args.find((a) => !a.startsWith("--")) ??
  fileURLToPath(new URL("../../../../fixtures/articles/", import.meta.url));
const labeled = loadFixtureArticles(dir);
if (labeled.length === 0) {
  console.log(`no fixture articles in ${dir}`);
  process.exit(0);
}
const classifier = createClassifier();
const topLevel = new Set(classifier.taxonomy.beats.filter((b) => !b.parent).map((b) => b.id));

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
let beatRight = 0;
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

for (const item of labeled) {
  const result = classifier.classify(item.article);
  const predictedBeats = result.beats.map((b) => b.id).filter((id) => topLevel.has(id));
  const primaryBeat = predictedBeats[0] ?? "(none)";
  const primaryRegion = result.regions[0]?.id ?? "(none)";
  const beatOk = item.beats.includes(primaryBeat);
  const regionOk = primaryRegion === item.region;
  if (beatOk) beatRight++;
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
      `  ${item.id}: beat ${primaryBeat}${beatOk ? "" : ` (want ${item.beats.join("|")})`}, region ${primaryRegion}${regionOk ? "" : ` (want ${item.region})`}`,
    );
  }
  if (verbose) {
    console.log(item.id, JSON.stringify(result.beats), JSON.stringify(result.regions));
  }
}

const pct = (x: number) => (Number.isNaN(x) ? "   -  " : `${(100 * x).toFixed(1).padStart(5)}%`);
const table = (title: string, m: Map<string, Counts>) => {
  console.log(`\n${title.padEnd(36)} precision   recall  support`);
  for (const [id, c] of [...m.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const p = c.tp / (c.tp + c.fp);
    const r = c.tp / (c.tp + c.fn);
    console.log(`  ${id.padEnd(34)} ${pct(p)}   ${pct(r)}  ${String(c.tp + c.fn).padStart(7)}`);
  }
};
console.log(`Newsdesk classifier eval: ${labeled.length} articles from ${dir}`);
table("beats (acceptable set vs listed)", beatCounts);
table("regions (primary)", regionCounts);
console.log(
  `\nprimary beat accuracy    ${pct(beatRight / labeled.length)}  (${beatRight}/${labeled.length})`,
);
console.log(
  `primary region accuracy  ${pct(regionRight / labeled.length)}  (${regionRight}/${labeled.length})`,
);
console.log(
  `places recall            ${pct(placesFound / placesTotal)}  (${placesFound}/${placesTotal}), precision ${pct(placesListedRight / placesListed)}  (${placesListedRight}/${placesListed})`,
);
console.log(
  `people recall            ${pct(peopleFound / peopleTotal)}  (${peopleFound}/${peopleTotal}), precision ${pct(peopleListedRight / peopleListed)}  (${peopleListedRight}/${peopleListed})`,
);
if (misses.length > 0) console.log(`\nmisses:\n${misses.join("\n")}`);

function countFound(wanted: string[], got: string[]): number {
  const have = new Set(got.map((g) => g.toLowerCase()));
  return wanted.filter((w) => have.has(w.toLowerCase())).length;
}

export type { LabeledArticle };
