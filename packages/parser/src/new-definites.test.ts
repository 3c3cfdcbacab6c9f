import { describe, expect, it } from "vitest";
import { definiteNounsOf } from "./lede-cues.js";
import { LeftContext } from "./left-context.js";
import { gapFeatures } from "./measure-gap.js";
import { FeatureTable } from "./text-features.js";
import { stemId } from "./words.js";

const stem = (word: string) => stemId(word, 0, word.length);

describe("definiteNounsOf", () => {
  it("gives the stems of the nouns after 'the', not of names or 'the same'", () => {
    const text = "The council met. The same day the Mayor spoke of the budget and the plan.";
    expect(definiteNounsOf(text)).toEqual([stem("council"), stem("budget"), stem("plan")]);
    expect(definiteNounsOf("No article here at all.")).toEqual([]);
  });
});

describe("newDefinites", () => {
  const above = [
    "The council voted on Tuesday to close the library branch on Elm Street after a long debate.",
    "Members said the branch had lost most of its visitors, and the building needed a new roof.",
    "The vote was seven to two, and the closure takes effect next month, the council said.",
  ];
  const measure = (right: readonly string[]) => {
    const table = new FeatureTable([...above, ...right]);
    const body = [...above, ...right].map((_, i) => i);
    const context = new LeftContext(table);
    context.reset(body);
    context.moveTo(0, above.length);
    return gapFeatures(context, table, body, above.length).newDefinites;
  };

  it("counts definite descriptions the story above never named", () => {
    const next = [
      "The hospital said on Monday that the surgeons had begun the trial of the device.",
      "The regulator approved the study last year, and the patients were chosen by the clinic.",
    ];
    expect(measure(next)).toBe(1);
  });

  it("does not count the story's own 'the branch' and 'the building'", () => {
    const next = [
      "The branch opened in 1961, and the building was paid for by the council's bond.",
      "Some members said the closure would leave the branch's staff without work.",
    ];
    expect(measure(next)).toBe(0);
  });
});
