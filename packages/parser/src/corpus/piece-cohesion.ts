import type { ArticleSpan } from "../article-span.js";
import { KEY_IDF, STEM_IDF } from "../term-idf.js";
import { KEYS, STEMS } from "../term-store.js";
import type { FeatureTable } from "../text-features.js";
import { auc } from "./auc.js";
import { corpusOrExplain, VALIDATION_FOLD } from "./corpus-articles.js";
import { segmentedDumps } from "./segmented-dumps.js";

// Paragraphs of each piece read: a long story's two halves, not all of it.
const PIECE = 20;

/**
 * `node dist-tools/corpus/piece-cohesion.js [fold] [lines|briefs]` (after `npm run tools`): a
 * screen for the false starts that split a long story. At each headless start found (a gap
 * cut), the idf-weighted cosine of the names and stems of the whole piece above (its last
 * PIECE paragraphs) and the whole piece below (its first PIECE): two halves of one story share
 * their subject, two stories of one outlet their beat. Set beside the same measure at the dump's
 * starts taken at a headline, byline, dateline or hard break (the dump's own level for two of its
 * stories), true starts against false. Counts and AUCs only.
 */
function main(): void {
  const corpus = corpusOrExplain("piece cohesion", true);
  if (corpus === null) return;
  const fold = Number(process.argv[2] ?? VALIDATION_FOLD);
  const briefs = process.argv[3] === "briefs";
  const rows: { sim: number; rel: number; ys: number; long: boolean }[] = [];
  for (const { spans, table, trueStarts } of segmentedDumps(corpus, fold, briefs)) {
    const sims = spans.map((s, i) =>
      i === 0 ? 0 : pieceCosine(table, spans[i - 1] as ArticleSpan, s),
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
        long: s.first - above.first >= 8 && s.last - s.first >= 7,
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
}

function pieceCosine(table: FeatureTable, above: ArticleSpan, below: ArticleSpan): number {
  const a = weights(table, Math.max(above.first, below.first - PIECE), below.first - 1);
  const b = weights(table, below.first, Math.min(below.last, below.first + PIECE - 1));
  let dot = 0;
  for (const [k, w] of a) dot += w * (b.get(k) ?? 0);
  const norm = (m: Map<string, number>) =>
    Math.sqrt([...m.values()].reduce((s, w) => s + w * w, 0));
  const d = norm(a) * norm(b);
  return d === 0 ? 0 : dot / d;
}

function weights(table: FeatureTable, from: number, to: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let p = from; p <= to; p++) {
    const record = table.lexical(p);
    for (const [kind, idf, tag] of [
      [KEYS, KEY_IDF, "k"],
      [STEMS, STEM_IDF, "s"],
    ] as const) {
      for (let j = record.from(kind); j < record.to(kind); j++) {
        const id = record.terms[j] as number;
        const key = `${tag}${id}`;
        out.set(key, (out.get(key) ?? 0) + idf.get(id));
      }
    }
  }
  return out;
}

main();
