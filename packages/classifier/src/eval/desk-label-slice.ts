import { DEFAULT_CORPUS, isHeldOutSource, readCorpusOrExit } from "./corpus-articles.js";
import { DESK_SLICE_SEED, drawSlice } from "./desk-labels.js";
import { numberOption, readScriptOptions } from "./script-options.js";

// Prints the desk-label slice for blind labelling: held-out outlets' articles that have a corpus
// beat, drawn with a fixed seed, each as its id, headline and first paragraphs only (no corpus
// topic or beat, no classifier output, so the labeller is not led). Write it outside the
// repository (`npm run desk-slice > /tmp/slice.txt`): the corpus text must never be committed.
const USAGE = "npm run desk-slice -- [--count N] [--paragraphs N] [--corpus PATH]";
const { values: opts } = readScriptOptions(USAGE, {
  count: { type: "string" },
  paragraphs: { type: "string" },
  corpus: { type: "string" },
});
const count = numberOption(opts.count, "count", 300, USAGE);
const paragraphs = numberOption(opts.paragraphs, "paragraphs", 3, USAGE);

const corpus = (await readCorpusOrExit(opts.corpus ?? DEFAULT_CORPUS)).filter(
  (c) => c.beat && isHeldOutSource(c.source),
);
const byId = new Map(corpus.map((c) => [c.id, c]));
const ids = drawSlice([...byId.keys()], count, DESK_SLICE_SEED);
console.log(
  `# desk-label slice: ${ids.length} of ${byId.size} held-out articles, seed ${DESK_SLICE_SEED}`,
);
ids.forEach((id, i) => {
  const a = (byId.get(id) as (typeof corpus)[number]).article;
  console.log(`\n### ${i + 1} ${id}\n${a.headline}`);
  for (const p of a.paragraphs.slice(0, paragraphs)) console.log(`  ${p}`);
});
