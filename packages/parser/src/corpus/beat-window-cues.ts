import { dumpBeatWeights } from "../beat-weights.js";
import { PieceTerms } from "../piece-terms.js";
import {
  type CueRow,
  cueDumps,
  cueToolInput,
  deepDecodedGaps,
  fitBesideDecoder,
  printCuesBesideDecoder,
} from "./cues-beside-decoder.js";
import { fitDense } from "./logistic.js";
import { offsetLogLoss } from "./offset-loss.js";

const DEEP = 3;
const RIGHT = 3;
// The floors on the windows' words screened for the bonus's guard (`npm ... FOLD lines briefs`).
const WORD_FLOORS = [0, 20, 30, 40, 50, 60, 80, 100];
const QUANTILES = [0.02, 0.05, 0.1, 0.25, 0.5];

/**
 * `node dist-tools/corpus/beat-window-cues.js [fold] [layout] [briefs]` (after `npm run tools`;
 * `briefs`: dumps of briefs): the
 * missed headless starts lie mostly between two stories of one beat (headless-misses' census:
 * their deficit under the found starts is the cohesion features'), so the dump's beat words
 * (`dumpBeatWeights`, blocks of the whole dump) are tried in the decoder's bounded windows:
 * the cosine of LEFT paragraphs above the gap (none before the true story's start) against
 * RIGHT from the would-be lede, under the beat weights and under the corpus idf, at the gaps
 * DEEP+ paragraphs into decoded true stories; each beside the decoder's log-odds. Counts only.
 */
function main(): void {
  const input = cueToolInput("beat window cues");
  if (input === null) return;
  const { fold, layout, articles } = input;
  const briefs = process.argv[4] === "briefs";
  const names = ["beat3", "beat8", "idf3", "idf8", "beat8 - idf8", "beat8 = 0"];
  const rows: CueRow[] = [];
  // Each row's words in the window above (up to 8 paragraphs) and below (up to RIGHT).
  const words: [number, number][] = [];
  for (const { paragraphs, table, heads, starts } of cueDumps(articles, layout, briefs)) {
    const weights = dumpBeatWeights(table);
    for (const { body, g, score, y, storyStart } of deepDecodedGaps(
      paragraphs,
      table,
      heads,
      starts,
      DEEP,
    )) {
      const right = Math.min(body.length, g + RIGHT);
      const cosine = (left: number, w?: ReadonlyMap<number, number>) => {
        const from = Math.max(storyStart, g - left);
        const pieces = new PieceTerms(table, body[from] as number, body[right - 1] as number, w);
        for (let k = from; k < g; k++) pieces.above(body[k] as number, 1);
        for (let k = g; k < right; k++) pieces.below(body[k] as number, 1);
        return pieces.cohesion();
      };
      const beat8 = cosine(8, weights);
      let above = 0;
      let below = 0;
      for (let k = Math.max(storyStart, g - 8); k < g; k++) above += table.words(body[k] as number);
      for (let k = g; k < right; k++) below += table.words(body[k] as number);
      words.push([above, below]);
      const idf8 = cosine(8);
      rows.push({
        score,
        y,
        f: [cosine(3, weights), beat8, cosine(3), idf8, beat8 - idf8, beat8 === 0 ? 1 : 0],
      });
    }
  }
  printWordFloors(rows, words);
  console.log(
    `fold ${fold} (${layout}${briefs ? ", briefs" : ""}): gaps ${DEEP}+ paragraphs into decoded true stories`,
  );
  console.log(`gaps ${rows.length}, starts ${rows.filter((r) => r.y === 1).length}`);
  printCuesBesideDecoder(rows, names);
  for (const [i, name] of names.entries()) {
    const xs = rows.map((r) => Float64Array.of(r.f[i] as number));
    const [a, w] = fitBesideDecoder(rows, xs);
    console.log(`  ${name.padEnd(14)} intercept ${a?.toFixed(3)}, weight ${w?.toFixed(2)}`);
  }
}

/**
 * The windows' words at the true starts and at the other gaps (quantiles), and the beat cosine
 * (column 1) fitted beside the decoder where both windows hold at least each floor's words (the
 * cue and its intercept 0 elsewhere): the guard's floor is read from these counts.
 */
function printWordFloors(rows: readonly CueRow[], words: readonly [number, number][]): void {
  for (const [side, name] of [
    [0, "above"],
    [1, "below"],
  ] as const) {
    for (const y of [1, 0]) {
      const xs = words
        .filter((_, i) => rows[i]?.y === y)
        .map((w) => w[side])
        .sort((a, b) => a - b);
      const q = QUANTILES.map((p) => `${p}: ${xs[Math.floor(p * (xs.length - 1))]}`).join(", ");
      console.log(`words ${name}, ${y === 1 ? "starts" : "others"} (${xs.length}): ${q}`);
    }
  }
  const ys = rows.map((r) => r.y);
  const offsets = rows.map((r) => r.score);
  const empty = rows.map(() => new Float64Array(0));
  const base = offsetLogLoss(rows, fitDense(empty, ys, { offsets, l2: 0.1 }), empty);
  for (const floor of WORD_FLOORS) {
    const xs = rows.map((r, i) => {
      const w = words[i] as [number, number];
      const on = w[0] >= floor && w[1] >= floor ? 1 : 0;
      return Float64Array.of(on, on * (r.f[1] as number));
    });
    const w = fitDense(xs, ys, { offsets, l2: 0.1 });
    const kept = xs.filter((x, i) => x[0] === 1 && rows[i]?.y === 1).length;
    console.log(
      `floor ${floor} words: starts kept ${kept}, intercept ${w[1]?.toFixed(2)}, weight ${w[2]?.toFixed(2)}, nats saved ${(base - offsetLogLoss(rows, w, xs)).toFixed(1)}`,
    );
  }
}

main();
