import { describe, expect, it } from "vitest";
import { INPUTS } from "../beat-combiner.js";
import { type CombinerRow, combinerLogits, fitCombiner } from "./fit-combiner.js";

describe("fitCombiner", () => {
  it("learns to trust the input that tells the beats apart, the same way every time", () => {
    // Three beats; the lexicon input (1) names the gold beat, the model's (0) is noise.
    const rows: CombinerRow[] = [];
    for (let n = 0; n < 90; n++) {
      const label = n % 3;
      const inputs = new Float64Array(3 * INPUTS);
      for (let c = 0; c < 3; c++) {
        inputs[c * INPUTS] = ((n * 7 + c * 5) % 11) / 11;
        inputs[c * INPUTS + 1] = c === label ? 1 : 0.2;
      }
      rows.push({ inputs, label, weight: 1 });
    }
    const fit = fitCombiner(rows, 3, { l2: 1e-3, iterations: 300 });
    expect(fit.weights[1]).toBeGreaterThan(Math.abs(fit.weights[0] ?? 0));
    const right = rows.filter((r) => {
      const s = combinerLogits(fit, r.inputs, 3);
      return s.indexOf(Math.max(...s)) === r.label;
    }).length;
    expect(right).toBe(rows.length);
    expect(fitCombiner(rows, 3, { l2: 1e-3, iterations: 300 })).toEqual(fit);
  });

  it("leaves a frozen beat's bias and lexicon weight at zero", () => {
    const inputs = new Float64Array(2 * INPUTS).fill(0.5);
    const fit = fitCombiner([{ inputs, label: 0, weight: 1 }], 2, {
      l2: 1e-3,
      iterations: 50,
      frozen: new Set([1]),
    });
    expect(fit.bias[1]).toBe(0);
    expect(fit.lexicon[1]).toBe(0);
  });
});
