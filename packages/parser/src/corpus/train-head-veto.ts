import { type HeadVeto, PREFERRED_HEAD_VETO } from "../head-score.js";
import { DEFAULT_TUNING } from "../segment-tuning.js";
import { corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";
import { type BoundaryCounts, boundaryCountsPerDump, boundaryF1 } from "./dump-boundaries.js";
import { bestOnGrid, grid } from "./grid-choice.js";
import { writeHeadVeto } from "./head-veto-file.js";

const WHERE = "corpus/train-head-veto.ts";

/**
 * `npm run train`, after the decoder: the bars the learned headline score must reach for a
 * headline-like line inside an article's run to open a new one (head-score.ts), for longer lines
 * and then for short ones, each chosen for a stable best boundary F1 (grid-choice.ts) over dumps
 * composed from the training outlets in every layout and as briefs (each article cut to its first
 * paragraphs: short stories under short headlines, whose headlines the whole web articles' subheads
 * and roundup items make the score doubt). The steps before parse with PREFERRED_HEAD_VETO, which
 * train-heads.ts writes back first, so a retrain learns the same numbers each run.
 */
function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  const sets = [
    ...CORPUS_LAYOUTS.map((layout) => ({ layout, briefs: false })),
    { layout: "lines", briefs: true } as const,
  ];
  const perSet = sets.map(({ layout, briefs }) => [
    ...corpusDumps(train, { layout, seed: 29, perOutlet: 16, briefs }),
  ]);
  const dumps = perSet.flat();
  const isBrief = dumps.map((_, d) => d >= dumps.length - (perSet.at(-1)?.length ?? 0));
  // Each set pastes the same articles: their dumps are drawn together when the noise is measured.
  const perLayout = dumps.length / sets.length;
  const group = (d: number) => d % perLayout;
  const measure = (veto: HeadVeto): BoundaryCounts[] => {
    const counts = boundaryCountsPerDump(dumps, { ...DEFAULT_TUNING, headVeto: veto });
    const f1 = (brief: boolean) =>
      boundaryF1(counts.filter((_, d) => isBrief[d] === brief)).f1.toFixed(4);
    console.log(`  ${JSON.stringify(veto)}: whole articles F1 ${f1(false)}, briefs ${f1(true)}`);
    return counts;
  };
  const preferred = PREFERRED_HEAD_VETO;
  const long = bestOnGrid(
    "long-line veto",
    grid(-1.5, 0.5),
    preferred.long,
    group,
    (v) => measure({ ...preferred, long: v }),
    WHERE,
  );
  const short = bestOnGrid(
    "short-line veto",
    grid(-1.5, 0.5),
    preferred.short,
    group,
    (v) => measure({ long, short: v }),
    WHERE,
  );
  writeHeadVeto({ short, long });
}

main();
