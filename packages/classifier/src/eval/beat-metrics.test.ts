import { describe, expect, it } from "vitest";
import { beatMetrics, formatConfusion } from "./beat-metrics.js";

describe("beatMetrics", () => {
  const outcomes = [
    { gold: ["sport"], predicted: "sport" },
    { gold: ["sport"], predicted: "arts" },
    { gold: ["arts", "sport"], predicted: "sport" },
    { gold: ["arts"], predicted: "arts" },
  ];

  it("counts a primary beat right when it is among the acceptable ones", () => {
    const m = beatMetrics(outcomes, 1);
    expect(m.accuracy).toBe(0.75);
    const sport = m.perBeat.find((b) => b.id === "sport");
    expect(sport).toMatchObject({ support: 3, precision: 1, recall: 2 / 3 });
    const arts = m.perBeat.find((b) => b.id === "arts");
    expect(arts).toMatchObject({ support: 1, precision: 0.5, recall: 1 });
    expect(m.macroF1).toBeCloseTo((0.8 + 2 / 3) / 2, 6);
  });

  it("leaves beats under the minimum support out of macro-F1", () => {
    expect(beatMetrics(outcomes, 2).macroF1).toBeCloseTo(0.8, 6);
    expect(beatMetrics(outcomes, 30).macroF1).toBeNaN();
  });

  it("tabulates gold against predicted", () => {
    const m = beatMetrics(outcomes, 1);
    expect(m.confusion.get("sport")?.get("arts")).toBe(1);
    expect(formatConfusion(m.confusion).split("\n")).toHaveLength(3);
  });
});
