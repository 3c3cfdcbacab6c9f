import { describe, expect, it } from "vitest";
import { rareBeatPriors } from "./rare-beat-priors.js";

describe("rareBeatPriors", () => {
  it("gives the beats under the share the rare prior and the rest the common one", () => {
    const { priorOf, rare } = rareBeatPriors([900, 15, 85], 1000, {
      prior: 2.5,
      rarePrior: 3,
      rareShare: 0.02,
    });
    expect(rare).toEqual([false, true, false]);
    expect(priorOf).toEqual([2.5, 3, 2.5]);
  });

  it("leaves every beat at the common prior when the rare prior is 0", () => {
    const { priorOf } = rareBeatPriors([900, 15], 1000, {
      prior: 2.5,
      rarePrior: 0,
      rareShare: 0.02,
    });
    expect(priorOf).toEqual([2.5, 2.5]);
  });
});
