// The fourteenth pass's trial scripts' report (scripts/paragraph-vote-trial.mjs,
// scripts/politics-first-trial.mjs): per rule and set, the primary beat's accuracy and macro-F1
// (beats with 30+ articles, as `npm run eval`) or hits, and a rule chosen on one half of the
// calibration outlets measured on the other.

/** Accuracy and macro-F1 of `predict` on rows with acceptable beats (`gold`, the first the label). */
export function primaryMetrics(rows, predict) {
  const tp = new Map();
  const said = new Map();
  const sup = new Map();
  const inc = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
  let right = 0;
  for (const r of rows) {
    const p = predict(r);
    const ok = r.gold.includes(p);
    inc(sup, ok ? p : r.gold[0]);
    inc(said, p);
    if (ok) {
      right++;
      inc(tp, p);
    }
  }
  let f1 = 0;
  let n = 0;
  for (const [k, support] of sup) {
    if (support < 30) continue;
    f1 += (2 * (tp.get(k) ?? 0)) / ((said.get(k) ?? 0) + support);
    n++;
  }
  return { right, total: rows.length, accuracy: right / rows.length, macroF1: n ? f1 / n : NaN };
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;

/**
 * Prints one line per rule (the first is the baseline, "model alone"), then for each fold split
 * in halves ("fold N/0", "fold N/1") the rule best on one half (accuracy plus macro-F1) measured
 * on the other.
 */
export function printTrialReport(rules, sets, decide, width) {
  const table = new Map();
  for (const rule of rules) {
    const cells = sets.map((set) => {
      const m = primaryMetrics(set.rows, (r) => decide(r, rule));
      table.set(`${rule.name}|${set.name}`, m);
      return set.name.startsWith("fold")
        ? `${set.name} ${pct(m.accuracy)} / ${pct(m.macroF1)}`
        : `${set.name} ${m.right}/${m.total}`;
    });
    console.log(`${rule.name.padEnd(width)} ${cells.join("  ")}`);
  }
  for (const set of sets.filter((x) => /^fold \d+\/0$/.test(x.name))) {
    const fold = set.name.slice(0, -2);
    for (const [pick, other] of [
      ["/0", "/1"],
      ["/1", "/0"],
    ]) {
      const sum = (r, h) => {
        const m = table.get(`${r.name}|${fold}${h}`);
        return m.accuracy + m.macroF1;
      };
      const best = rules.reduce((a, b) => (sum(b, pick) > sum(a, pick) ? b : a));
      const m = table.get(`${best.name}|${fold}${other}`);
      const base = table.get(`${rules[0].name}|${fold}${other}`);
      console.log(
        `chosen on ${fold}${pick}: ${best.name}; on ${fold}${other} ${pct(m.accuracy)} / ${pct(m.macroF1)} against the model alone's ${pct(base.accuracy)} / ${pct(base.macroF1)}`,
      );
    }
  }
}
