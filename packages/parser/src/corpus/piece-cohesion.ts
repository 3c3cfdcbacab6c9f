import type { ArticleSpan } from "../article-span.js";
import { LEAST_PIECE, pieceCohesion } from "../split-halves.js";
import { auc } from "./auc.js";
import { corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { segmentedDumps } from "./segmented-dumps.js";

/**
 * `node dist-tools/corpus/piece-cohesion.js [fold] [lines|briefs] [least]` (after `npm run tools`): a
 * screen for the false starts that split a long story. At each headless start found (a gap
 * cut), the cohesion of the whole piece above and the whole piece below (`pieceCohesion` in
 * split-halves.ts: two halves of one story share their subject, two stories of one outlet their
 * beat), set beside the same measure at the dump's starts taken at a headline, byline, dateline
 * or hard break (the dump's own level for two of its stories), true starts against false.
 * "Long": `least` paragraphs or more each side (LEAST_PIECE unless told). Then the same counts over
 * the level by a bar, by the shorter piece's paragraphs (4 to 7, 8 or more). Counts and AUCs only.
 */
function main(): void {
  const corpus = corpusOrExplain("piece cohesion", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const briefs = process.argv[3] === "briefs";
  const least = Number(process.argv[4] ?? LEAST_PIECE);
  const rows: { sim: number; rel: number; ys: number; long: boolean; shorter: number }[] = [];
  for (const { spans, table, trueStarts } of segmentedDumps(corpus, fold, briefs)) {
    const sims = spans.map((s, i) =>
      i === 0 ? 0 : pieceCohesion(table, spans[i - 1] as ArticleSpan, s),
    );
    const explicit = spans
      .map((s, i) => ({ s, i }))
      .filter(({ s, i }) => i > 0 && s.start?.kind !== "gap")
      .map(({ i }) => sims[i] as number);
    const level = explicit.length === 0 ? null : Math.max(...explicit);
    spans.forEach((s, i) => {
      if (i === 0 || s.start?.kind !== "gap" || level === null) return;
      const above = spans[i - 1] as ArticleSpan;
      rows.push({
        sim: sims[i] as number,
        rel: (sims[i] as number) - level,
        ys: trueStarts.has(s.first) ? 1 : 0,
        long: s.first - above.first >= least && s.last - s.first + 1 >= least,
        shorter: Math.min(s.first - above.first, s.last - s.first + 1),
      });
    });
  }
  for (const subset of ["all", "long"] as const) {
    const r = rows.filter((x) => subset === "all" || x.long);
    const ys = r.map((x) => x.ys);
    const trues = ys.filter((y) => y === 1).length;
    console.log(
      `\n== fold ${fold}, ${briefs ? "briefs" : "lines"}, gap starts in dumps with an explicit start, ${subset}: ${trues} true, ${r.length - trues} false`,
    );
    console.log(
      `  AUC (true start, lower cohesion): raw ${auc(
        r.map((x) => -x.sim),
        ys,
      ).toFixed(3)}, over the dump's level ${auc(
        r.map((x) => -x.rel),
        ys,
      ).toFixed(3)}`,
    );
    for (const bar of [-0.05, 0, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2]) {
      const over = r.filter((x) => x.rel >= bar);
      const t = over.filter((x) => x.ys === 1).length;
      console.log(
        `  cohesion >= dump's level ${bar >= 0 ? "+" : ""}${bar}: ${t} true, ${over.length - t} false`,
      );
    }
  }
  // By the shorter piece's paragraphs: how a join of shorter pieces would fare at each bar (the
  // starts the parser's own join dropped are gone from these spans already).
  console.log(
    `\n== by the shorter piece's paragraphs: over the dump's level by a bar, true / false`,
  );
  const bars = [0, 0.05, 0.1, 0.15, 0.2, 0.3];
  console.log(
    `  paragraphs  all (true / false)  ${bars.map((b) => `>= +${b}`.padEnd(10)).join(" ")}`,
  );
  for (const size of [4, 5, 6, 7, 8]) {
    const r = rows.filter((x) => (size === 8 ? x.shorter >= 8 : x.shorter === size));
    const count = (xs: typeof r) => {
      const t = xs.filter((x) => x.ys === 1).length;
      return `${t} / ${xs.length - t}`;
    };
    const cells = bars.map((bar) => count(r.filter((x) => x.rel >= bar)).padEnd(10));
    console.log(
      `  ${(size === 8 ? "8+" : String(size)).padEnd(10)}  ${count(r).padEnd(18)}  ${cells.join(" ")}`,
    );
  }
}

main();
