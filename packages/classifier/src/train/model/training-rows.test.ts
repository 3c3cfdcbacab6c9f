import { describe, expect, it } from "vitest";
import type { Doc } from "./article-features.js";
import { beatModelFile } from "./beat-model-file.js";
import { trainingRow } from "./training-rows.js";

const doc: Doc = {
  source: 0,
  fold: 2,
  label: 1,
  weight: 1,
  ids: Int32Array.from([0]),
  counts: Float64Array.from([2]),
  lexicon: Float64Array.from([1, 0.5]),
};

describe("per-beat lexicon priors", () => {
  it("weigh each class's lexicon evidence by its own prior where one is given", () => {
    const vocabOf = Int32Array.from([0]);
    const settings = { prior: 2.5 };
    const shared = trainingRow(doc, { vocabOf, classWeight: [1, 1], settings });
    expect([...(shared.offset ?? [])]).toEqual([2.5, 1.25]);
    const own = trainingRow(doc, { vocabOf, classWeight: [1, 1], settings, priorOf: [2.5, 4] });
    expect([...(own.offset ?? [])]).toEqual([2.5, 2]);
  });

  it("are written on the diagonal of the file's lexicon matrix", () => {
    const fit = { weights: Float64Array.from([1, -1]), bias: Float64Array.from([0, 0]) };
    const file = beatModelFile(fit, {
      classes: ["politics", "sport"],
      size: [100, 100],
      vocab: ["won"],
      kept: new Set([0]),
      thresholds: new Float64Array(2),
      prior: [2.5, 4],
      temperature: 1,
    });
    expect(file.lexicon).toEqual([
      [250, 0],
      [0, 400],
    ]);
  });
});
