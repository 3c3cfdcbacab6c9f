import { argmax } from "../argmax.js";
import { describe } from "./beat-scores.js";
import type { Row } from "./combiner-rows.js";

/**
 * Prints the lexicon's single words against the model: where the lexicon moved the decision away
 * from what the words' weights alone say, on the articles where "game", "score", "draw" or
 * "court" matched alone.
 */
export function reportLexiconOverrides(
  rows: Row[],
  cv: Float64Array[],
  identityLogits: Float64Array[],
  B: number,
) {
  const cvPredicted = cv.map((l) => argmax(l));
  const overrides = (rs: number[]) => {
    let moved = 0;
    let better = 0;
    let worse = 0;
    for (const i of rs) {
      const r = rows[i] as Row;
      const p = cvPredicted[i] ?? 0;
      if (p === r.textOnly) continue;
      moved++;
      const was = r.gold.includes(r.textOnly);
      if (r.gold.includes(p) && !was) better++;
      if (!r.gold.includes(p) && was) worse++;
    }
    return `${moved} moved by the lexicon from the text features' beat: ${better} to an acceptable one, ${worse} away from one`;
  };
  for (const [name, fold] of [
    ["calibration outlets", 1],
    ["fixtures", -1],
  ] as const) {
    const idx = rows.map((_, i) => i).filter((i) => rows[i]?.fold === fold && rows[i]?.ambiguous);
    const rs = idx.map((i) => rows[i] as Row);
    console.log(
      `${name} with "game", "score", "draw" or "court" matched alone (${idx.length} articles): ${overrides(idx)}; ${describe(
        "chosen",
        rs,
        idx.map((i) => cvPredicted[i] ?? 0),
        B,
      )}, ${describe(
        "model alone",
        rs,
        idx.map((i) => argmax(identityLogits[i] as Float64Array)),
        B,
      )}, ${describe(
        "text features alone",
        rs,
        rs.map((r) => r.textOnly),
        B,
      )}`,
    );
  }
}
