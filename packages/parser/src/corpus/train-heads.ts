import { HEAD_FEATURE_NAMES } from "../head-evidence.js";
import { composeDump, shuffled } from "../test-support/compose-dump.js";
import { loadFixtureArticles } from "../test-support/fixture-articles.js";
import { corpusOrExplain, splitByOutlet } from "./corpus-articles.js";
import { corpusDumps } from "./corpus-dumps.js";
import { headSamples } from "./head-samples.js";
import { writeWeights } from "./learned-files.js";
import { fitDense } from "./logistic.js";

/**
 * `npm run train`, third step: the weights of the headline evidence (head-evidence.ts), by
 * logistic regression over every headline-like line inside the run of an article in dumps
 * composed from the training outlets (and the fixtures): a real headline that opens the next
 * article, or a subhead, a caption, a line of page debris that does not.
 */
function main(): void {
  const corpus = corpusOrExplain("training", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  const xs: Float64Array[] = [];
  const ys: number[] = [];
  for (const layout of ["lines", "blank"] as const)
    for (const dump of corpusDumps(train, { layout, seed: 31, perOutlet: 40 }))
      headSamples(dump, xs, ys);
  const corpusCount = xs.length;
  const fixtures = loadFixtureArticles();
  for (let seed = 1; seed <= 12; seed++) {
    const order = shuffled(fixtures, seed);
    for (let from = 0; from < order.length; from += 8) {
      const dump = composeDump(order.slice(from, from + 8), {
        layout: "lines",
        headlessRate: 0.5,
        duplicateHeadlineRate: 0,
        eol: "\n",
        wrapWidth: 72,
        seed,
      });
      headSamples(dump, xs, ys);
    }
  }
  console.log(
    `${corpusCount} corpus candidates (${ys.slice(0, corpusCount).filter((y) => y === 1).length} headlines), ${xs.length - corpusCount} from fixtures`,
  );
  const w = fitDense(xs, ys, { l2: 1 });
  let right = 0;
  xs.forEach((x, n) => {
    let z = w[0] as number;
    x.forEach((v, d) => {
      z += (w[d + 1] as number) * v;
    });
    if (z >= 0 === (ys[n] === 1)) right++;
  });
  console.log(`training accuracy ${(right / xs.length).toFixed(3)}`);
  writeWeights(
    "head-weights-data.ts",
    "LEARNED_HEAD_WEIGHTS",
    "Weights of the headline evidence, fitted by logistic regression (see corpus/train-heads.ts).",
    HEAD_FEATURE_NAMES,
    w,
  );
}

main();
