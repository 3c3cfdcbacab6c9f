/** One prediction to score: the labels acceptable as the primary beat, and the one given. */
export interface BeatOutcome {
  gold: string[];
  predicted: string;
}

/** Accuracy, per-beat F1 and a confusion table for the primary beat. */
export interface BeatMetrics {
  total: number;
  accuracy: number;
  /** Mean F1 over the beats with at least `minSupport` articles; NaN when none has that many. */
  macroF1: number;
  perBeat: { id: string; support: number; precision: number; recall: number; f1: number }[];
  /** gold (the first acceptable beat) -> predicted -> count. */
  confusion: Map<string, Map<string, number>>;
}

/**
 * Scores primary beats. An outcome is right when the predicted beat is among the acceptable
 * ones; for per-beat figures a right answer counts for the beat given, a wrong one against the
 * first acceptable beat.
 */
export function beatMetrics(outcomes: BeatOutcome[], minSupport = 30): BeatMetrics {
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const confusion = new Map<string, Map<string, number>>();
  let right = 0;
  for (const o of outcomes) {
    const ok = o.gold.includes(o.predicted);
    const gold = ok ? o.predicted : (o.gold[0] ?? "(none)");
    if (ok) {
      right++;
      inc(tp, gold);
    } else {
      inc(fn, gold);
      inc(fp, o.predicted);
    }
    let row = confusion.get(gold);
    if (!row) {
      row = new Map();
      confusion.set(gold, row);
    }
    inc(row, o.predicted);
  }
  const ids = [...new Set([...tp.keys(), ...fn.keys()])].sort();
  const perBeat = ids.map((id) => {
    const t = tp.get(id) ?? 0;
    const precision = t / (t + (fp.get(id) ?? 0)) || 0;
    const recall = t / (t + (fn.get(id) ?? 0)) || 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { id, support: t + (fn.get(id) ?? 0), precision, recall, f1 };
  });
  const counted = perBeat.filter((b) => b.support >= minSupport);
  return {
    total: outcomes.length,
    accuracy: outcomes.length > 0 ? right / outcomes.length : 0,
    macroF1:
      counted.length > 0 ? counted.reduce((s, b) => s + b.f1, 0) / counted.length : Number.NaN,
    perBeat,
    confusion,
  };
}

/** The confusion table as text: one row per gold beat, one column per predicted beat. */
export function formatConfusion(confusion: Map<string, Map<string, number>>): string {
  const short = (id: string) => id.split("-")[0]?.slice(0, 7) ?? id;
  const rows = [...confusion.keys()].sort();
  const cols = [...new Set([...confusion.values()].flatMap((r) => [...r.keys()]))].sort();
  const lines = [
    `${"gold \\ predicted".padEnd(28)}${cols.map((c) => short(c).padStart(8)).join("")}`,
  ];
  for (const r of rows) {
    const row = confusion.get(r);
    const cells = cols.map((c) => String(row?.get(c) ?? "").padStart(8));
    lines.push(`${r.padEnd(28)}${cells.join("")}`);
  }
  return lines.join("\n");
}
