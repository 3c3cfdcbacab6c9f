// Issue #14, twentieth pass: where the committed model's errors against the corpus beat lie, as
// counts only (no corpus text): per pair of beats, per AllSides topic (the label is the topic's
// mapped beat), and on the desk-labelled slice of the held-out outlets whether a blind desk sides
// with the model or with the corpus where the two part.
//
//   npm run build && node scripts/beat-error-account.mjs [--folds 1,0]
//
// Reads the corpus (NEWSDESK_CORPUS) and data/desk-labels.json; never writes anything.
import { parseArgs } from "node:util";
import { loadDeskLabels } from "../dist/eval/desk-labels.js";
import { corpusRows, wholeArticleScorer } from "./whole-article-logits.mjs";

const { values: opts } = parseArgs({ options: { folds: { type: "string", default: "1,0" } } });
const folds = opts.folds.split(",").map(Number);
const scorer = wholeArticleScorer();
const { classes } = scorer;
const short = (beat) => beat.split("-")[0];
const argmax = (xs) => xs.reduce((b, x, k) => (x > xs[b] ? k : b), 0);
const pct = (x) => `${(100 * x).toFixed(1)}%`;
const inc = (m, k, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

const rows = await corpusRows(scorer, folds);
for (const r of rows) r.predicted = classes[argmax(r.logits)];

for (const fold of folds) {
  const inFold = rows.filter((r) => r.fold === fold);
  const wrong = inFold.filter((r) => r.predicted !== r.gold[0]);
  console.log(
    `\n== fold ${fold}: ${inFold.length} articles, ${wrong.length} wrong (${pct(1 - wrong.length / inFold.length)} right)`,
  );

  // Unordered pairs of beats: both directions of a confusion together.
  const pairs = new Map();
  for (const r of wrong) inc(pairs, [short(r.gold[0]), short(r.predicted)].sort().join(" / "));
  let cumulative = 0;
  console.log("beat pair (either way)            errors  cumulative share of the errors");
  for (const [pair, n] of [...pairs].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    cumulative += n;
    console.log(`  ${pair.padEnd(30)} ${String(n).padStart(6)}  ${pct(cumulative / wrong.length)}`);
  }
  const withPolitics = wrong.filter(
    (r) => r.gold[0] === "politics" || r.predicted === "politics",
  ).length;
  console.log(`  with politics on one side: ${withPolitics} (${pct(withPolitics / wrong.length)})`);

  // Per AllSides topic: its articles, the mapped beat, the errors and what the model said instead.
  const byTopic = new Map();
  for (const r of inFold) {
    const t = byTopic.get(r.topic) ?? { beat: r.gold[0], n: 0, wrong: 0, said: new Map() };
    t.n++;
    if (r.predicted !== r.gold[0]) {
      t.wrong++;
      inc(t.said, short(r.predicted));
    }
    byTopic.set(r.topic, t);
  }
  const topics = [...byTopic].sort((a, b) => b[1].wrong - a[1].wrong);
  console.log(
    "topic (mapped beat)                          articles  wrong  rate    said instead (top 2)",
  );
  for (const [topic, t] of topics.slice(0, 14)) {
    const said = [...t.said]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([b, n]) => `${b} ${n}`)
      .join(", ");
    console.log(
      `  ${`${topic} (${short(t.beat)})`.padEnd(42)} ${String(t.n).padStart(8)} ${String(t.wrong).padStart(6)}  ${pct(t.wrong / t.n).padStart(6)}  ${said}`,
    );
  }
  // Topics the model mostly contradicts (under half right, 10+ articles): mapping, or model?
  const contested = topics.filter(([, t]) => t.n >= 10 && t.wrong / t.n > 0.5);
  const contestedWrong = contested.reduce((a, [, t]) => a + t.wrong, 0);
  const contestedN = contested.reduce((a, [, t]) => a + t.n, 0);
  console.log(
    `  topics of 10+ articles the model gets under half right: ${contested.length} (${contestedN} articles, ${contestedWrong} errors: ${pct(contestedWrong / wrong.length)} of all)`,
  );
  const top5 = topics.slice(0, 5).reduce((a, [, t]) => a + t.wrong, 0);
  console.log(
    `  the 5 topics with most errors hold ${top5} of them (${pct(top5 / wrong.length)}); topics: ${topics.length}`,
  );
}

// The desk-labelled slice (held-out outlets): who does a blind desk side with?
const labels = loadDeskLabels();
const byId = new Map(rows.filter((r) => r.fold === 0).map((r) => [r.id, r]));
if (labels && folds.includes(0)) {
  const tally = new Map();
  const pairs = new Map();
  const count = { modelRight: 0, corpusNoDeskBeat: 0, matchedThere: 0, deskPrimaryIsCorpus: 0 };
  for (const d of labels) {
    const r = byId.get(d.id);
    if (!r) continue;
    const deskSays = (beat) =>
      beat === d.beat ? "desk's beat" : beat === d.also ? "desk's second" : "no desk beat";
    const agree = r.predicted === r.gold[0];
    inc(
      tally,
      agree
        ? `model = corpus: ${deskSays(r.predicted)}`
        : `model != corpus: model ${deskSays(r.predicted)}, corpus ${deskSays(r.gold[0])}`,
    );
    if (agree) count.modelRight++;
    else {
      // Per pair of beats: whose side the desk's primary beat takes.
      const pair = [short(r.gold[0]), short(r.predicted)].sort().join(" / ");
      const p = pairs.get(pair) ?? { n: 0, model: 0, corpus: 0 };
      p.n++;
      if (d.beat === r.predicted) p.model++;
      if (d.beat === r.gold[0]) p.corpus++;
      pairs.set(pair, p);
    }
    if (deskSays(r.gold[0]) === "no desk beat") {
      count.corpusNoDeskBeat++;
      if (agree) count.matchedThere++;
    }
    if (!agree && r.gold[0] === d.beat) count.deskPrimaryIsCorpus++;
  }
  const n = labels.length;
  console.log(`\n== desk-labelled slice (${n} held-out articles, blind desk labels)`);
  for (const [key, k] of [...tally].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(k).padStart(4)}  ${key}`);
  console.log(
    "  where they part, per beat pair: articles, the desk's primary the model's / the corpus's",
  );
  for (const [pair, p] of [...pairs].sort((a, b) => b[1].n - a[1].n).slice(0, 6))
    console.log(`    ${pair.padEnd(28)} ${String(p.n).padStart(3)}  ${p.model} / ${p.corpus}`);
  // Ceilings against the corpus beat for a classifier that files as the desk would.
  console.log(
    `  corpus beat neither of the desk's two: ${count.corpusNoDeskBeat} (${pct(count.corpusNoDeskBeat / n)}); the model matches the corpus on ${count.matchedThere} of them`,
  );
  console.log(
    `  the model against the corpus ${pct(count.modelRight / n)}; right also wherever the desk's primary is the corpus beat: ${pct((count.modelRight + count.deskPrimaryIsCorpus) / n)}`,
  );
}
