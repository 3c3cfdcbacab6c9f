import { pct } from "./beat-scores.js";
import type { Row } from "./combiner-rows.js";

/**
 * How a second-beat threshold does: how often a second beat is shown, how often that beat is
 * acceptable (the label's, or one of a fixture's), and the F1 of the listed beats against them.
 */
export function secondBeats(rs: Row[], probabilities: Float64Array[], threshold: number) {
  let shown = 0;
  let hits = 0;
  let tp = 0;
  let listed = 0;
  let gold = 0;
  rs.forEach((r, i) => {
    const p = probabilities[i] as Float64Array;
    const order = [...p.keys()].sort((a, b) => (p[b] ?? 0) - (p[a] ?? 0));
    const list = order.filter((k, rank) => rank === 0 || (rank < 3 && (p[k] ?? 0) >= threshold));
    if (list.length > 1) shown++;
    for (const k of list.slice(1)) if (r.gold.includes(k)) hits++;
    tp += list.filter((k) => r.gold.includes(k)).length;
    listed += list.length;
    gold += r.gold.length;
  });
  return {
    shown: shown / rs.length,
    hit: shown ? hits / shown : 0,
    f1: (2 * tp) / (listed + gold),
  };
}

/**
 * The second-beat threshold with the best F1 of the listed beats on the calibration outlets
 * (fold 1), printed beside the fixtures' figures for each threshold tried.
 */
export function chooseSecondBeatThreshold(rows: Row[], probabilities: Float64Array[]): number {
  const validation = rows.filter((r) => r.fold === 1);
  const fixtures = rows.filter((r) => r.fold === -1);
  const validationP = probabilities.filter((_, i) => rows[i]?.fold === 1);
  const fixturesP = probabilities.filter((_, i) => rows[i]?.fold === -1);
  let secondary = 0.25;
  let bestF1 = Number.NEGATIVE_INFINITY;
  console.log(
    "second beat at p >=   calibration outlets: shown, acceptable, F1   fixtures: shown, acceptable, F1",
  );
  for (let t = 0.15; t <= 0.501; t += 0.05) {
    const v = secondBeats(validation, validationP, t);
    const f = secondBeats(fixtures, fixturesP, t);
    console.log(
      `  ${t.toFixed(2)}                ${pct(v.shown)}, ${pct(v.hit)}, ${pct(v.f1)}        ${pct(f.shown)}, ${pct(f.hit)}, ${pct(f.f1)}`,
    );
    if (v.f1 > bestF1 + 1e-9) {
      bestF1 = v.f1;
      secondary = Math.round(t * 100) / 100;
    }
  }
  console.log(
    `second beat from p >= ${secondary} (best F1 of the listed beats on the calibration outlets)`,
  );
  return secondary;
}
