import { DEFAULT_CORPUS, isHeldOutSource, readCorpusOrExit } from "./corpus-articles.js";
import { DESK_SLICE_SEED, drawSecondPass, drawSlice, SECOND_PASS_SEED } from "./desk-labels.js";
import { numberOption, readScriptOptions } from "./script-options.js";

// Prints the desk-label slice for blind labelling: held-out outlets' articles that have a corpus
// beat, drawn with a fixed seed, each as its id, headline and first paragraphs only (no corpus
// topic or beat, no classifier output, so the labeller is not led). Write it outside the
// repository (`npm run desk-slice > /tmp/slice.txt`): the corpus text must never be committed.
// --second prints the second pass instead: a seeded draw from the slice, labelled again blind
// (without the first pass's labels) to measure how far two passes agree.
const USAGE =
  "npm run desk-slice -- [--count N] [--paragraphs N] [--corpus PATH] [--second [--second-count N]]";
const { values: opts } = readScriptOptions(USAGE, {
  count: { type: "string" },
  paragraphs: { type: "string" },
  corpus: { type: "string" },
  second: { type: "boolean" },
  "second-count": { type: "string" },
});
const count = numberOption(opts.count, "count", 300, USAGE);
const paragraphs = numberOption(opts.paragraphs, "paragraphs", 3, USAGE);
const secondCount = numberOption(opts["second-count"], "second-count", 100, USAGE);

const corpus = (await readCorpusOrExit(opts.corpus ?? DEFAULT_CORPUS)).filter(
  (c) => c.beat && isHeldOutSource(c.source),
);
const byId = new Map(corpus.map((c) => [c.id, c]));
const pool = [...byId.keys()];
const ids = opts.second
  ? drawSecondPass(pool, count, secondCount)
  : drawSlice(pool, count, DESK_SLICE_SEED);
console.log(
  opts.second
    ? `# desk-label second pass: ${ids.length} of the ${count}-article slice (seed ${DESK_SLICE_SEED}), seed ${SECOND_PASS_SEED}`
    : `# desk-label slice: ${ids.length} of ${byId.size} held-out articles, seed ${DESK_SLICE_SEED}`,
);
ids.forEach((id, i) => {
  const a = (byId.get(id) as (typeof corpus)[number]).article;
  console.log(`\n### ${i + 1} ${id}\n${a.headline}`);
  for (const p of a.paragraphs.slice(0, paragraphs)) console.log(`  ${p}`);
});
