import { describe, expect, it } from "vitest";
import {
  combinedLogit,
  compileCombiner,
  INPUTS,
  identityCombiner,
  modelFingerprint,
} from "./beat-combiner.js";
import { loadBundledData } from "./load-data.js";

describe("the beat combiner", () => {
  it("was learned on the bundled beat model", () => {
    const data = loadBundledData();
    // A new data/beat-model.json shifts the logits the combiner weighs: learn it again with
    // `npm run train` (it learns both).
    expect(data.beatCombiner.model, "data/beat-combiner.json belongs to another beat model").toBe(
      modelFingerprint(data.beatModel),
    );
  });

  it("passes the model's logit through when it is the identity", () => {
    const c = compileCombiner(identityCombiner(1.2), ["a", "b"]);
    const inputs = new Float64Array(2 * INPUTS);
    inputs.set([1.5, 0.7, 0.3, 0.2, 0.1], INPUTS);
    expect(combinedLogit(c, inputs, 1)).toBeCloseTo(1.5);
    expect(c.temperature).toBe(1.2);
  });

  it("adds a beat's bias and its own lexicon weight to the shared weights", () => {
    const c = compileCombiner(
      {
        ...identityCombiner(1),
        weights: [0.5, 1, -1, 0, 2],
        bias: { b: 0.25 },
        lexicon: { b: 0.5 },
      },
      ["a", "b"],
    );
    const inputs = new Float64Array(2 * INPUTS);
    inputs.set([2, 1, 0.5, 9, 0.25], INPUTS);
    // 0.25 + 0.5*1 + (0.5*2 + 1*1 - 1*0.5 + 0 + 2*0.25)
    expect(combinedLogit(c, inputs, 1)).toBeCloseTo(2.75);
    expect(combinedLogit(c, inputs, 0)).toBe(0);
  });
});
