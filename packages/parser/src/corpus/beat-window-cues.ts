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

const DEEP = 3;
const RIGHT = 3;

/**
 * `node dist-tools/corpus/beat-window-cues.js [fold] [layout]` (after `npm run tools`): the
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
  const names = ["beat3", "beat8", "idf3", "idf8", "beat8 - idf8", "beat8 = 0"];
  const rows: CueRow[] = [];
  for (const { paragraphs, table, heads, starts } of cueDumps(articles, layout)) {
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
      const idf8 = cosine(8);
      rows.push({
        score,
        y,
        f: [cosine(3, weights), beat8, cosine(3), idf8, beat8 - idf8, beat8 === 0 ? 1 : 0],
      });
    }
  }
  console.log(`fold ${fold} (${layout}): gaps ${DEEP}+ paragraphs into decoded true stories`);
  console.log(`gaps ${rows.length}, starts ${rows.filter((r) => r.y === 1).length}`);
  printCuesBesideDecoder(rows, names);
  for (const [i, name] of names.entries()) {
    const xs = rows.map((r) => Float64Array.of(r.f[i] as number));
    const [a, w] = fitBesideDecoder(rows, xs);
    console.log(`  ${name.padEnd(14)} intercept ${a?.toFixed(3)}, weight ${w?.toFixed(2)}`);
  }
}

main();
