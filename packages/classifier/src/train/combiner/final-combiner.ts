import { type BeatCombinerData, identityCombiner } from "../../beat-combiner.js";
import { fitCombiner } from "../fit-combiner.js";
import {
  type CombinationSettings,
  type CombinerTraining,
  weighRows,
} from "./choose-combination.js";

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The committed combiner: learned from every row with the chosen settings, or the model alone
 * (the identity combiner) when none was chosen; with the temperature and second-beat threshold.
 */
export function finalCombiner(
  t: CombinerTraining,
  beatIds: string[],
  chosen: CombinationSettings | null,
  temperature: number,
  secondary: number,
): BeatCombinerData {
  let combiner: BeatCombinerData = { ...identityCombiner(temperature), secondary };
  if (chosen) {
    weighRows(t, chosen.classPower, chosen.fixtureWeight);
    const fit = fitCombiner(t.rows, t.B, {
      l2: chosen.l2,
      iterations: t.settings.iterations,
      frozen: t.frozen,
    });
    combiner = {
      ...combiner,
      weights: [...fit.weights].map(round),
      bias: Object.fromEntries(beatIds.map((id, i) => [id, round(fit.bias[i] ?? 0)])),
      lexicon: Object.fromEntries(beatIds.map((id, i) => [id, round(fit.lexicon[i] ?? 0)])),
      single: Object.fromEntries(beatIds.map((id, i) => [id, round(fit.single[i] ?? 0)])),
    };
  }
  return combiner;
}
