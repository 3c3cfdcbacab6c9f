import type { Row } from "./combiner-rows.js";

/** Accuracy, and macro-F1 over beats with 30+ articles, as `npm run eval` counts them. */
export function score(rs: Row[], predicted: number[], B: number) {
  const tp = new Float64Array(B);
  const said = new Float64Array(B);
  const sup = new Float64Array(B);
  let right = 0;
  rs.forEach((r, i) => {
    const p = predicted[i] ?? 0;
    const ok = r.gold.includes(p);
    const gold = ok ? p : r.label;
    sup[gold] = (sup[gold] ?? 0) + 1;
    said[p] = (said[p] ?? 0) + 1;
    if (ok) {
      right++;
      tp[p] = (tp[p] ?? 0) + 1;
    }
  });
  let f1 = 0;
  let counted = 0;
  for (let k = 0; k < B; k++) {
    if ((sup[k] ?? 0) < 30) continue;
    f1 += (2 * (tp[k] ?? 0)) / ((said[k] ?? 0) + (sup[k] ?? 0));
    counted++;
  }
  return { accuracy: right / Math.max(1, rs.length), macroF1: counted ? f1 / counted : Number.NaN };
}

export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** "name 81.2% (macro-F1 76.0%)": the macro-F1 left out where no beat has 30 articles. */
export function describe(name: string, rs: Row[], predicted: number[], B: number) {
  const s = score(rs, predicted, B);
  return `${name} ${pct(s.accuracy)}${Number.isNaN(s.macroF1) ? "" : ` (macro-F1 ${pct(s.macroF1)})`}`;
}
