import { describe, expect, it } from "vitest";
import { stemId } from "../words.js";
import { definiteNounsOf } from "./definite-nouns.js";

const stem = (word: string) => stemId(word, 0, word.length);

describe("definiteNounsOf", () => {
  it("gives the stems of the nouns after 'the', not of names or 'the same'", () => {
    const text = "The council met. The same day the Mayor spoke of the budget and the plan.";
    expect(definiteNounsOf(text)).toEqual([stem("council"), stem("budget"), stem("plan")]);
  });

  it("gives none where no 'the' stands before a lower-case word of four letters or more", () => {
    expect(definiteNounsOf("No article here at all.")).toEqual([]);
    expect(definiteNounsOf("They met the UN envoy and the ox.")).toEqual([]);
  });
});
