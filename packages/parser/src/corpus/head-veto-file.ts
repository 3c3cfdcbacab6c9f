import type { HeadVeto } from "../head-score.js";
import { writeLearned } from "./learned-files.js";

/**
 * Writes the headline score's bars inside an article: train-heads.ts writes the preferred ones,
 * which the steps that parse before train-head-veto.ts use, and that step the ones it chose.
 */
export function writeHeadVeto(veto: HeadVeto): void {
  writeLearned(
    "head-veto-data.ts",
    `/** The headline evidence's bars inside an article, chosen for a stable best boundary F1 (see corpus/train-head-veto.ts). */
export const LEARNED_HEAD_VETO = { short: ${veto.short}, long: ${veto.long} };
`,
  );
}
