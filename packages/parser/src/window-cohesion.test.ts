import { describe, expect, it } from "vitest";
import { FeatureTable } from "./text-features.js";
import { afterHoldsTogether, stretchHoldsApart } from "./window-cohesion.js";

// Two pieces of made-up prose, so the same paragraph indices name different texts.
const harbour = [
  "The harbour board approved the dredging plan for the northern channel on Monday.",
  "Dredging the channel would let larger cargo ships reach the harbour at low tide.",
  "Fishing crews said the dredging plan ignored the channel's spawning grounds.",
  "The board said cargo traffic through the harbour had doubled in four years.",
  "A school choir won the regional singing contest with a programme of folk songs.",
  "The choir's teacher said the singers rehearsed folk songs every lunch break.",
  "Parents raised money for the choir's coach trip to the national contest.",
  "The national contest will be judged by three conductors from the conservatory.",
];
const orchard = [
  "Apple growers expect a smaller harvest after frost damaged blossoms in April.",
  "Frost hit the orchards on the valley floor hardest, growers said.",
  "Some growers lit heaters between the rows to keep the blossoms from freezing.",
  "Cider makers said a smaller apple harvest would raise their prices.",
  "The county library will open on Sundays from next month, its trustees said.",
  "Trustees said Sunday opening was the change readers asked for most.",
  "Library volunteers will run reading hours for children on Sunday mornings.",
  "The trustees will review Sunday visitor numbers after six months.",
];

describe("window cohesion", () => {
  it("gives each gap the same measures whatever was measured before, in whichever table", () => {
    const body = harbour.map((_, i) => i);
    const gaps = body.slice(1);
    const fresh = (texts: string[]) => {
      const table = new FeatureTable(texts);
      return gaps.map((g) => [
        afterHoldsTogether(table, body, 0, g),
        stretchHoldsApart(table, body, 0, g),
      ]);
    };
    const inOrder = { harbour: fresh(harbour), orchard: fresh(orchard) };
    expect(inOrder.harbour).not.toEqual(inOrder.orchard);
    // Gaps backwards, the two tables alternating, and each gap's measures asked for twice.
    const a = new FeatureTable(harbour);
    const b = new FeatureTable(orchard);
    for (let k = gaps.length - 1; k >= 0; k--) {
      const g = gaps[k] as number;
      for (let round = 0; round < 2; round++) {
        expect([afterHoldsTogether(a, body, 0, g), stretchHoldsApart(a, body, 0, g)]).toEqual(
          inOrder.harbour[k],
        );
        expect([afterHoldsTogether(b, body, 0, g), stretchHoldsApart(b, body, 0, g)]).toEqual(
          inOrder.orchard[k],
        );
      }
    }
  });
});
