import { describe, expect, it } from "vitest";
import { definiteNounsOf } from "./definite-nouns.js";
import { StoryDefinites } from "./story-definites.js";
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

describe("StoryDefinites", () => {
  const story = [
    "The library board met on Monday to hear from residents about the branch on Elm Street.",
    "The council voted on Tuesday to close the library branch after a long debate.",
    "Members said the branch had lost most of its visitors, and the building needed a new roof.",
    "The vote was seven to two, and the closure takes effect next month, officials said.",
  ];
  const share = (right: readonly string[], from: number) => {
    const table = new FeatureTable([...story, ...right]);
    const body = [...story, ...right].map((_, i) => i);
    return new StoryDefinites().newShare(table, body, from, story.length);
  };

  it("counts definite descriptions the story above never named", () => {
    const next = [
      "The hospital said on Monday that the surgeons had begun the trial of the device.",
      "The regulator approved the study last year, and the patients were chosen by the clinic.",
    ];
    expect(share(next, 0)).toBe(1);
  });

  it("reads the story from its start, so its own earlier referents are given", () => {
    const next = ["Residents asked the board to keep the branch open, and the council agreed."];
    // "the board" was named in the story's first paragraph only.
    expect(share(next, 0)).toBe(0);
    expect(share(next, 1)).toBe(1 / 6);
  });
});
