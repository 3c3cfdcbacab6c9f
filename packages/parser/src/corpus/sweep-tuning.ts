import { parseText } from "../parse-text.js";
import type { DecoderTuning } from "../segment-decoder.js";
import { DEFAULT_DECODER, DEFAULT_TUNING, type SegmentTuning } from "../segment-tuning.js";
import type { ComposedDump } from "../test-support/compose-dump.js";
import { articlesOfFold, corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { CORPUS_LAYOUTS, corpusDumps } from "./corpus-dumps.js";
import { type BoundaryCounts, boundaryF1 } from "./dump-boundaries.js";

/**
 * `npm run sweep -w @newsdesk/parser -- '[{"threshold":-1},{"minParagraphs":4}]'`: boundary
 * precision, recall and F1 on dumps composed from a validation fold of the training outlets, one
 * line per tuning given (default: the current one), with each layout's headless recall and span-
 * exact articles (start and end line right; the headline not read). Knobs are chosen here, never
 * on the held-out outlets that `npm run eval` reports. `-- '[...]' eval 2`: the eval's dumps of
 * another fold (a rule on the text's own numbers is checked on the training folds too).
 */
function main(): void {
  const corpus = corpusOrExplain("sweep", true);
  if (corpus === null) return;
  const valid = articlesOfFold(corpus, Number(process.argv[4] ?? VALIDATION_FOLD));
  // `eval` as the second argument: the dumps `npm run eval -- 1` measures, not the sweep's fewer.
  const options = process.argv[3] === "eval" ? { seed: 1 } : { seed: 41, perOutlet: 12 };
  const byLayout = CORPUS_LAYOUTS.map((layout) => ({
    name: layout,
    dumps: [...corpusDumps(valid, { layout, ...options })],
  }));
  // Briefs (each article cut to its first paragraphs, one a line) are shown, not summed in.
  const briefs = [...corpusDumps(valid, { layout: "lines", ...options, briefs: true })];
  // `"decoder": {"cutBias": 1}` decodes with one of DEFAULT_DECODER's knobs moved, `"decoder":
  // false` judges every stretch gap by gap.
  const grid: (Omit<Partial<SegmentTuning>, "decoder"> & {
    decoder?: Partial<DecoderTuning> | false;
  })[] = JSON.parse(process.argv[2] ?? "[{}]");
  for (const over of grid) {
    const { decoder, ...rest } = over;
    const tuning: SegmentTuning = { ...DEFAULT_TUNING, ...rest };
    if (decoder === false) delete tuning.decoder;
    else if (decoder) tuning.decoder = { ...DEFAULT_DECODER, ...decoder };
    const counts = byLayout.map(({ dumps }) => countsPerDump(dumps, tuning));
    const { precision: p, recall: r, f1 } = boundaryF1(counts.flat());
    const layouts = byLayout.map(({ name }, i) => `${name} ${f1Of(counts[i] ?? [])}`);
    const brief = f1Of(countsPerDump(briefs, tuning));
    console.log(
      JSON.stringify(over),
      `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} (${layouts.join(", ")}; briefs ${brief})`,
    );
  }
}

/** Boundary counts, with the headless starts found and the spans exact (lines, not headlines). */
interface SweepCounts extends BoundaryCounts {
  headless: number;
  headlessHits: number;
  exact: number;
}

function countsPerDump(dumps: readonly ComposedDump[], tuning: SegmentTuning): SweepCounts[] {
  return dumps.map((dump) => {
    const found = parseText(dump.text, tuning).articles;
    const byStart = new Map(found.map((a) => [a.startLine, a.endLine]));
    let hits = 0;
    let headless = 0;
    let headlessHits = 0;
    let exact = 0;
    for (const t of dump.truth) {
      const end = byStart.get(t.startLine);
      if (t.headline === null) headless++;
      if (end === undefined) continue;
      hits++;
      if (t.headline === null) headlessHits++;
      if (end === t.endLine) exact++;
    }
    return {
      hits,
      predicted: found.length,
      expected: dump.truth.length,
      headless,
      headlessHits,
      exact,
    };
  });
}

function f1Of(counts: readonly SweepCounts[]): string {
  const sum = (f: (c: SweepCounts) => number) => counts.reduce((s, c) => s + f(c), 0);
  const share = (part: number, whole: number) => (part / Math.max(1, whole)).toFixed(3);
  const headless = share(
    sum((c) => c.headlessHits),
    sum((c) => c.headless),
  );
  const exact = share(
    sum((c) => c.exact),
    sum((c) => c.expected),
  );
  return `${boundaryF1(counts).f1.toFixed(3)} (headless ${headless}, span exact ${exact})`;
}

main();
