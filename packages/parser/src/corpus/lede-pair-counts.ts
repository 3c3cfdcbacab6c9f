import type { ArticleSpan } from "../article-span.js";
import { bodyStart } from "../credits-above.js";
import type { LexicalFeatures } from "../lexical-features.js";
import { countingRun, moveTruth } from "./segmented-dumps.js";
import { cohesionSide, sharedEitherSide } from "./shared-either-side.js";

/**
 * `node dist-tools/corpus/lede-pair-counts.js FOLD [lines|briefs] [BEFORE AFTER]` (after `npm run tools`): each gap
 * start with prose either side, moved one paragraph up (over the story above's last paragraph)
 * or down (past its own first), counted by whether the move opens a true article (gain), loses
 * the one found (loss) or neither; split by what might tell a lede-like paragraph that opens the
 * story below from one that closes the story above: the crossing paragraph's shared names and
 * stems with the paragraphs before against those after it, its lede-likeness against the other
 * paragraph's at the cut, and the short story's length against the dump's median. Counts only.
 */
// Paragraphs read before and after the crossing one: `... FOLD lines|briefs BEFORE AFTER`
// (8 and 4 unless told, the lede pull's windows).
const WINDOWS = { before: Number(process.argv[4] ?? 8), after: Number(process.argv[5] ?? 4) };

function main(): void {
  const run = countingRun("lede pair counts");
  if (run === null) return;
  const { fold, briefs, dumps, counts } = run;
  for (const { table, spans, trueStarts } of dumps) {
    const lengths = spans.map((s) => s.last - bodyStart(s) + 1).sort((a, b) => a - b);
    const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
    const truth = (to: number, from: number) => moveTruth(trueStarts, to, from);
    for (let i = 1; i < spans.length; i++) {
      const span = spans[i] as ArticleSpan;
      const above = spans[i - 1] as ArticleSpan;
      if (span.start?.kind !== "gap") continue;
      const from = bodyStart(above);
      const aboveLength = span.first - from;
      const belowLength = span.last - span.first + 1;
      const prose = (p: number) => {
        const f = table.paragraphs[p];
        return f?.kind === "text" && !f.headlineLike;
      };
      if (!prose(span.first)) continue;
      const up = span.first - 1;
      if (up > from && prose(up)) {
        const side = cohesionSide(sharedEitherSide(table, up, from, span.last, WINDOWS));
        const lede = order(table.lexical(up), table.lexical(span.first));
        const length = relative(aboveLength - 1, median);
        describe(counts, "up", truth(up, span.first), side, lede, length);
        const opening = table.paragraphs[up]?.continuationOpening
          ? "continuation"
          : "plain opening";
        counts.add(
          `up | cohesion ${side} | ${opening}, above keeps ${Math.min(aboveLength - 1, 4)} | ${truth(up, span.first)}`,
        );
      }
      const down = span.first + 1;
      if (down <= span.last && prose(down)) {
        const side = cohesionSide(sharedEitherSide(table, span.first, from, span.last, WINDOWS));
        const lede = order(table.lexical(span.first), table.lexical(down));
        const length = relative(belowLength - 1, median);
        describe(counts, "down", truth(down, span.first), side, lede, length);
        counts.add(
          `down | lengths ${Math.min(aboveLength, 6)} over ${Math.min(belowLength, 6)} | ${truth(down, span.first)}`,
        );
      }
    }
  }
  counts.print(`gap starts moved one paragraph, fold ${fold}${briefs ? " briefs" : ""}:`);
}

function describe(
  counts: { add(label: string): void },
  move: string,
  truth: string,
  side: string,
  lede: string,
  length: string,
): void {
  counts.add(`${move} | ${truth}`);
  counts.add(`${move} | cohesion ${side} | ${truth}`);
  counts.add(`${move} | lede ${lede} | ${truth}`);
  counts.add(`${move} | cohesion ${side} | lede ${lede} | ${truth}`);
  counts.add(`${move} | cohesion ${side} | lede ${lede} | short story ${length} | ${truth}`);
}

/** The crossing paragraph's lede-likeness against the other's at the cut. */
function order(crossing: LexicalFeatures, other: LexicalFeatures): string {
  const both = crossing.ledeLike >= 0.5 && other.ledeLike >= 0.5 ? "both lede-like" : "not both";
  return `${crossing.ledeLike > other.ledeLike ? "crossing more" : "crossing less"}, ${both}`;
}

function relative(length: number, median: number): string {
  return length * 2 <= median ? "<= half median" : "longer";
}

main();
