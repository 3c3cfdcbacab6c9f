import { describe, expect, it } from "vitest";
import { checkDeskLabels, DeskLabelError } from "./check-desk-labels.js";

// Invented ids and beats: the check needs neither the corpus nor the real taxonomy.
const universe = {
  topLevelBeats: new Set(["alpha", "beta"]),
  parentOf: new Map([["alpha-sub", "alpha"]]),
  heldOutIds: new Set(["a1", "a2", "a3"]),
};

describe("checkDeskLabels", () => {
  it("accepts labels that name top-level beats and held-out articles", () => {
    expect(() =>
      checkDeskLabels(
        [
          { id: "a1", beat: "alpha", also: "beta" },
          { id: "a2", beat: "beta" },
        ],
        universe,
        "t.json",
      ),
    ).not.toThrow();
  });

  it("names the entry and the fix for an unknown beat, a sub-beat and an unknown second", () => {
    const check = () =>
      checkDeskLabels(
        [
          { id: "a1", beat: "gamma" },
          { id: "a2", beat: "alpha-sub" },
          { id: "a3", beat: "alpha", also: "delta" },
        ],
        universe,
        "t.json",
      );
    expect(check).toThrow(DeskLabelError);
    expect(check).toThrow(/t\.json: 3 of 3/);
    expect(check).toThrow(/label 0 \(id a1\): "beat": "gamma" is no beat of taxonomy\.json/);
    expect(check).toThrow(/label 1 \(id a2\): "beat": "alpha-sub" is a sub-beat; write .*"alpha"/);
    expect(check).toThrow(/label 2 \(id a3\): "also": "delta" is no beat/);
  });

  it("rejects an id outside the held-out slice, a repeated id and a second equal to the first", () => {
    const check = () =>
      checkDeskLabels(
        [
          { id: "zz", beat: "alpha" },
          { id: "a1", beat: "alpha", also: "alpha" },
          { id: "a1", beat: "beta" },
        ],
        universe,
        "t.json",
      );
    expect(check).toThrow(/label 0 \(id zz\): no held-out article .*npm run desk-slice/);
    expect(check).toThrow(/label 1 \(id a1\): "also" repeats "beat"/);
    expect(check).toThrow(/label 2 \(id a1\): the same id as label 1/);
  });
});
