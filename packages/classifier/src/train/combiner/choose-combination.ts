import { argmax } from "../argmax.js";
import { combinerLogits, fitCombiner } from "../fit-combiner.js";
import { medianClassWeights } from "../median-class-weights.js";
import { describe, score } from "./beat-scores.js";
import type { CombinerOptions } from "./combiner-options.js";
import { GROUPS, type Row } from "./combiner-rows.js";

/** The rows a combination learns from, and what every fit of them shares. */
export interface CombinerTraining {
  rows: Row[];
  /** Beats (the logits' length). */
  B: number;
  /** Rows per beat, by label. */
  support: number[];
  /** Beats too rare to learn a bias for. */
  frozen: Set<number>;
  settings: CombinerOptions["settings"];
}

export interface CombinationSettings {
  l2: number;
  classPower: number;
  fixtureWeight: number;
}

/** Sets each row's weight: its beat's class weight, times fixtureWeight for a fixture. */
export function weighRows(t: CombinerTraining, power: number, fixtureWeight: number) {
  const classWeight = medianClassWeights(t.support, power, t.settings.maxClassWeight);
  for (const r of t.rows)
    r.weight = (classWeight[r.label] ?? 1) * (r.fold === -1 ? fixtureWeight : 1);
}

/** Each row's logits from a fit that never saw its group. */
function crossValidated(t: CombinerTraining, l2: number): Float64Array[] {
  const { rows, B, frozen } = t;
  const logits: Float64Array[] = new Array(rows.length);
  for (let g = 0; g < GROUPS; g++) {
    const fit = fitCombiner(
      rows.filter((r) => r.group !== g),
      B,
      { l2, iterations: t.settings.iterations, frozen },
    );
    rows.forEach((r, i) => {
      if (r.group === g) logits[i] = combinerLogits(fit, r.inputs, B);
    });
  }
  return logits;
}

/**
 * Every candidate setting, cross-validated and printed; the one chosen (null: the model alone)
 * and its cross-validated logits for every row (the model alone's: `identityLogits`).
 */
export function chooseCombination(
  t: CombinerTraining,
  candidates: CombinerOptions["candidates"],
  margin: number,
  modelAlone: { validation: number[]; identityLogits: Float64Array[] },
) {
  const { rows, B } = t;
  const validation = rows.filter((r) => r.fold === 1);
  const fixtures = rows.filter((r) => r.fold === -1);
  const aloneScore = score(validation, modelAlone.validation, B);
  let chosen: CombinationSettings | null = null;
  let best = aloneScore.accuracy + aloneScore.macroF1 + margin;
  let cv: Float64Array[] = modelAlone.identityLogits;
  for (const l2 of candidates.l2s) {
    for (const classPower of candidates.classPowers) {
      for (const fixtureWeight of candidates.fixtureWeights) {
        weighRows(t, classPower, fixtureWeight);
        const logits = crossValidated(t, l2);
        const predicted = logits.map((l) => argmax(l));
        const onValidation = predicted.filter((_, i) => rows[i]?.fold === 1);
        const onFixtures = predicted.filter((_, i) => rows[i]?.fold === -1);
        const s = score(validation, onValidation, B);
        console.log(
          `combination learned with l2 ${l2} class-power ${classPower} fixture-weight ${fixtureWeight}: cross-validated ${describe("calibration outlets", validation, onValidation, B)}, ${describe("fixtures", fixtures, onFixtures, B)}`,
        );
        // Chosen on the calibration outlets alone, as the model's settings are.
        if (s.accuracy + s.macroF1 > best) {
          best = s.accuracy + s.macroF1;
          chosen = { l2, classPower, fixtureWeight };
          cv = logits;
        }
      }
    }
  }
  console.log(
    chosen
      ? `chosen: the combination learned with ${JSON.stringify(chosen)}`
      : `chosen: the model alone (no learned combination gained ${margin * 100} points on the calibration outlets)`,
  );
  return { chosen, cv };
}
