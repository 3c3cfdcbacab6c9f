import { writeFileSync } from "node:fs";
import type { ArticleSpan } from "../article-span.js";
import { pieceCohesion } from "../split-halves.js";
import { corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { segmentedDumps } from "./segmented-dumps.js";

/**
 * `node dist-tools/corpus/start-cohesion.js [fold] [lines|briefs]` (after `npm run tools`): the
 * starts left inside stories after the parse's own joins, by kind. At each start found past a
 * dump's first (a title-like line the headline evidence took, or a gap cut), the whole pieces'
 * cohesion (`pieceCohesion`) against the dump's level read from its other explicit starts, the
 * two pieces' lengths and the start's own score, true starts against false; the parting of weak
 * halves' starts apart. Counts only.
 */
interface Row {
  /** "parted" for a start weak-halves.ts made (a gap start of score 0 with a reach). */
  kind: string;
  score: number;
  above: number;
  below: number;
  rel: number;
  sim: number;
  level: number;
  levels: number[];
  levelKinds: string[];
  words: number;
  caps: boolean;
  ys: number;
}

function main(): void {
  const corpus = corpusOrExplain("start cohesion", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const briefs = process.argv[3] === "briefs";
  const rows: Row[] = [];
  for (const { spans, table, trueStarts } of segmentedDumps(corpus, fold, briefs)) {
    const sims = spans.map((s, i) =>
      i === 0 ? 0 : pieceCohesion(table, spans[i - 1] as ArticleSpan, s),
    );
    const explicit = spans.map((s, i) => i > 0 && s.start?.kind !== "gap");
    spans.forEach((s, i) => {
      const kind = s.start?.kind;
      if (i === 0 || (kind !== "gap" && kind !== "headline")) return;
      let level = Number.NEGATIVE_INFINITY;
      for (let j = 1; j < spans.length; j++)
        if (j !== i && explicit[j]) level = Math.max(level, sims[j] as number);
      if (level === Number.NEGATIVE_INFINITY) return;
      const above = spans[i - 1] as ArticleSpan;
      rows.push({
        kind: kind === "gap" && s.start?.score === 0 && s.reach !== undefined ? "parted" : kind,
        score: s.start?.score ?? 0,
        above: s.first - above.first,
        below: s.last - s.first + 1,
        rel: (sims[i] as number) - level,
        sim: sims[i] as number,
        level,
        levels: spans.flatMap((_, j) => (j !== i && explicit[j] ? [sims[j] as number] : [])),
        levelKinds: spans.flatMap((t, j) =>
          j !== i && explicit[j] ? [t.start?.kind ?? "break"] : [],
        ),
        words: s.headline === null ? 0 : (table.paragraphs[s.headline]?.words ?? 0),
        caps: s.headline === null ? false : (table.paragraphs[s.headline]?.allCaps ?? false),
        ys: trueStarts.has(s.first) ? 1 : 0,
      });
    });
  }
  if (process.env.ROWS) writeFileSync(process.env.ROWS, JSON.stringify(rows));
  const count = (r: Row[]) => {
    const t = r.filter((x) => x.ys === 1).length;
    return `${String(t).padStart(4)} / ${String(r.length - t).padEnd(4)}`;
  };
  const bars = [0, 0.05, 0.1, 0.15, 0.2, 0.3];
  const header = (title: string) =>
    console.log(
      `\n== ${title}\n  ${"".padEnd(28)}${bars.map((b) => `>=+${b}`.padEnd(12)).join("")}`,
    );
  const line = (label: string, r: Row[]) =>
    console.log(
      `  ${label.padEnd(28)}${bars.map((b) => count(r.filter((x) => x.rel >= b)).padEnd(12)).join("")} all ${count(r)}`,
    );
  console.log(
    `fold ${fold}, ${briefs ? "briefs" : "lines"}: true / false starts by cohesion over the level`,
  );
  const heads = rows.filter((x) => x.kind === "headline");
  header("headline evidence's starts, both pieces of L paragraphs or more");
  for (const least of [1, 3, 5, 8]) {
    const r = heads.filter((x) => x.above >= least && x.below >= least);
    line(`L ${least}`, r);
    for (const s of [0, 1, 2, 3, 4])
      line(
        `L ${least}, score < ${s}`,
        r.filter((x) => x.score < s),
      );
  }
  const parted = rows.filter((x) => x.kind === "parted");
  header("starts the parting of weak halves made");
  line("all", parted);
  const gaps = rows.filter((x) => x.kind === "gap");
  header("gap starts, one piece under 8 paragraphs");
  const short = gaps.filter((x) => Math.min(x.above, x.below) < 8);
  for (const [lo, hi] of [
    [1, 8],
    [3, 8],
    [5, 8],
    [6, 8],
  ] as const) {
    const r = short.filter(
      (x) => Math.min(x.above, x.below) >= lo && Math.min(x.above, x.below) < hi,
    );
    line(`shorter ${lo}-${hi - 1}`, r);
    line(
      `  below short`,
      r.filter((x) => x.below < 8),
    );
    line(
      `  above short`,
      r.filter((x) => x.above < 8),
    );
    for (const s of [-1, 0, 1, 2])
      line(
        `  score < ${s}`,
        r.filter((x) => x.score < s),
      );
  }
  const long = gaps.filter((x) => Math.min(x.above, x.below) >= 8);
  header("gap starts, both pieces 8 or more (left after the join)");
  line("all", long);
  for (const s of [-1, 0, 1, 2])
    line(
      `score < ${s}`,
      long.filter((x) => x.score < s),
    );
}

main();
