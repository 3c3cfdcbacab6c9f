import { dumpMeanLength, type LengthEvidence, priorMeanLength } from "../dump-length-prior.js";
import { LEARNED_LENGTH_PRIOR } from "../learned/decoder-data.js";
import { labeledRuns } from "../test-support/fit-gap-weights.js";
import { corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";
import { writeLearned } from "./learned-files.js";

// The grids the blend is chosen on: the share of a stretch's paragraphs per article it holds,
// and how many articles of the prior's mean the dump's evidence is pooled with.
const PER_STRETCH = Array.from({ length: 81 }, (_, i) => 0.2 + i * 0.01);
const PSEUDO_ARTICLES = Array.from({ length: 81 }, (_, i) => i * 0.25);

// Articles a dump: users paste a handful of stories as often as a long page of them, and how
// far a few explicit stretches may be trusted is learned from dumps of every size.
const DUMP_SIZES = [2, 4, 8, 16];

/** One training dump: what its explicit starts show, and its articles' true mean length. */
interface DumpLengths {
  evidence: LengthEvidence;
  trueMean: number;
}

/**
 * `npm run train`, after the decoder: how a dump's explicit stretches (the runs between
 * headlines, bylines, datelines and separators) give the mean length of its own articles, for
 * the decoder's per-dump prior (dump-length-prior.ts). On the training outlets' dumps, whole
 * articles in the three layouts and briefs, the blend (a stretch's paragraphs scaled, pooled
 * with a few articles of the learned prior's mean) is chosen for the least squared error in log
 * mean length, both sides capped at the prior's mean (past it the prior is kept as it is).
 */
function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  const dumps: DumpLengths[] = [];
  const kinds = [
    ...CORPUS_LAYOUTS.map((layout) => ({ layout, briefs: false })),
    { layout: "lines", briefs: true } as const,
  ];
  for (const { layout, briefs } of kinds) {
    for (const perDump of DUMP_SIZES)
      for (const dump of corpusDumps(train, { layout, seed: 23, perOutlet: 16, perDump, briefs })) {
        const lengths = dumpLengths(dump.text, new Set(dump.truth.map((t) => t.startLine)));
        if (lengths.trueMean > 0) dumps.push(lengths);
      }
  }
  const cap = priorMeanLength(LEARNED_LENGTH_PRIOR);
  let best = { perStretch: 1, pseudoArticles: 0, error: Number.POSITIVE_INFINITY };
  for (const perStretch of PER_STRETCH) {
    for (const pseudoArticles of PSEUDO_ARTICLES) {
      let error = 0;
      for (const d of dumps) {
        const mean = dumpMeanLength(d.evidence, { perStretch, pseudoArticles }, cap);
        error += (Math.log(Math.min(cap, mean)) - Math.log(Math.min(cap, d.trueMean))) ** 2;
      }
      if (error < best.error) best = { perStretch, pseudoArticles, error };
    }
  }
  const kept = Math.log(cap);
  const flat = dumps.reduce((s, d) => s + (kept - Math.log(Math.min(cap, d.trueMean))) ** 2, 0);
  console.log(
    `${dumps.length} dumps; prior's mean ${cap.toFixed(2)} paragraphs; per stretch ${best.perStretch.toFixed(2)}, pooled with ${best.pseudoArticles} articles: squared log error ${(best.error / dumps.length).toFixed(4)} a dump (the prior's mean alone ${(flat / dumps.length).toFixed(4)})`,
  );
  writeLearned(
    "dump-length-data.ts",
    `/** How a dump's explicit stretches give its own article lengths (see corpus/train-dump-prior.ts). */
export const LEARNED_DUMP_LENGTHS = { perStretch: ${best.perStretch.toFixed(2)}, pseudoArticles: ${best.pseudoArticles} };
`,
  );
}

function dumpLengths(text: string, trueStarts: ReadonlySet<number>): DumpLengths {
  let stretches = 0;
  let paragraphs = 0;
  let articles = 0;
  for (const run of labeledRuns(text, trueStarts)) {
    stretches++;
    paragraphs += run.body.length;
    articles += 1 + run.labels.reduce((s, y) => s + y, 0);
  }
  return {
    evidence: { stretches, paragraphs },
    trueMean: articles === 0 ? 0 : paragraphs / articles,
  };
}

main();
