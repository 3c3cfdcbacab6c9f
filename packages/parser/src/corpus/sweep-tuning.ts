import { parseText } from "../parse-text.js";
import { DEFAULT_TUNING, type SegmentTuning } from "../segment.js";
import { boundaryScores } from "../test-support/compose-dump.js";
import { corpusOrExplain, FOLDS, splitByOutlet, stableHash } from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";

// The training outlets' fold that tunings are compared on.
const VALIDATION_FOLD = 1;

/**
 * `npm run sweep -w @newsdesk/parser -- '[{"threshold":-1},{"minParagraphs":4}]'`: boundary
 * precision, recall and F1 on dumps composed from a validation fold of the training outlets, one
 * line per tuning given (default: the current one). Knobs are chosen here, never on the held-out
 * outlets that `npm run eval` reports.
 */
function main(): void {
  const corpus = corpusOrExplain("sweep", true);
  if (corpus === null) return;
  const { train } = splitByOutlet(corpus);
  const valid = train.filter((a) => stableHash(a.source) % FOLDS === VALIDATION_FOLD);
  const dumps = CORPUS_LAYOUTS.flatMap((layout) => [
    ...corpusDumps(valid, { layout, seed: 41, perOutlet: 12 }),
  ]);
  const grid: Partial<SegmentTuning>[] = JSON.parse(process.argv[2] ?? "[{}]");
  for (const over of grid) {
    const tuning = { ...DEFAULT_TUNING, ...over };
    let hits = 0;
    let predicted = 0;
    let expected = 0;
    for (const dump of dumps) {
      const starts = parseText(dump.text, tuning).articles.map((a) => a.startLine);
      const s = boundaryScores(
        starts,
        dump.truth.map((t) => t.startLine),
      );
      hits += s.hits;
      predicted += starts.length;
      expected += dump.truth.length;
    }
    const p = hits / Math.max(1, predicted);
    const r = hits / Math.max(1, expected);
    console.log(
      JSON.stringify(over),
      `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)} n ${expected}`,
    );
  }
}

main();
