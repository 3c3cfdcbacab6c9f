import { dumpClosers } from "../dump-closers.js";
import {
  type CueRow,
  cueDumps,
  cueToolInput,
  deepDecodedGaps,
  printCuesBesideDecoder,
} from "./cues-beside-decoder.js";

const DEEP = 3;

/**
 * `node dist-tools/corpus/dump-echoes.js [fold]`: at the gaps DEEP+ paragraphs into decoded true
 * stories of one fold's whole-article dumps (one a line), whether the paragraph above the gap
 * repeats the pattern of a line closing a story above one of the dump's explicit starts, and
 * whether the would-be lede repeats an explicit start's lede; counts by the decoder's log-odds
 * and each cue's weight beside them (offset). Counts only.
 */
function main(): void {
  const input = cueToolInput("dump echoes");
  if (input === null) return;
  const { fold, articles } = input;
  const rows: CueRow[] = [];
  const names = ["closerAbove", "ledeRepeats", "closerTwoAbove"];
  for (const { paragraphs, table, heads, starts } of cueDumps(articles, "lines")) {
    const closers = dumpClosers(table, heads);
    const ledes = dumpClosers(table, heads, Number.POSITIVE_INFINITY, true);
    for (const { body, g, score, y } of deepDecodedGaps(paragraphs, table, heads, starts, DEEP)) {
      let closer = 0;
      for (let p = body[g - 1] as number; p < (body[g] as number); p++)
        if (closers.repeats(table, p)) closer = 1;
      const lede = ledes.repeats(table, body[g] as number) ? 1 : 0;
      const two = g >= 2 && closers.repeats(table, body[g - 2] as number) ? 1 : 0;
      rows.push({ score, y, f: [closer, lede, two] });
    }
  }
  console.log(`fold ${fold}: gaps ${rows.length}, starts ${rows.filter((r) => r.y).length}`);
  printCuesBesideDecoder(rows, names);
}

main();
