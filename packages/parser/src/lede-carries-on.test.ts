import { describe, expect, it } from "vitest";
import { ledeLeadsOn, newWordsRecur } from "./lede-carries-on.js";
import { lexicalFeatures } from "./lexical-features.js";
import { IdfTable } from "./term-idf.js";
import { TermSet } from "./term-set.js";

// Every word weighs the same, so the shares are plain counts.
const EVEN = new IdfTable([], [], 1);
const window = (...texts: string[]) => texts.map((text) => lexicalFeatures(text));
const knownFrom = (...texts: string[]) =>
  TermSet.of(texts.flatMap((text) => lexicalFeatures(text).stems));

const BEFORE = "The harbour board voted to dredge the eastern channel before the regatta.";
const LEDE = "Orchard growers expect a smaller apple harvest after hailstorms flattened blossoms.";

describe("newWordsRecur", () => {
  it("is high where the paragraphs after a lede take up the words it brought in", () => {
    const story = window(
      LEDE,
      "Growers said the hailstorms struck orchard blossoms across three valleys.",
      "The apple harvest usually starts in late summer.",
    );
    expect(newWordsRecur(story, 3, knownFrom(BEFORE), EVEN)).toBeGreaterThanOrEqual(0.5);
  });

  it("is low where a paragraph's new words are an aside the story does not take up", () => {
    const aside = window(
      "His grandfather once sailed tall ships around the southern cape.",
      "The harbour board said the channel dredging would cost more than planned.",
      "Dredging the eastern channel starts next month, the board said.",
    );
    expect(newWordsRecur(aside, 3, knownFrom(BEFORE), EVEN)).toBeLessThan(0.2);
  });

  it("counts only the words the text before did not use", () => {
    const repeat = window(BEFORE, BEFORE);
    expect(newWordsRecur(repeat, 2, knownFrom(BEFORE), EVEN)).toBe(0);
  });

  it("is 0 with no paragraph after the lede", () => {
    expect(newWordsRecur(window(LEDE), 1, knownFrom(BEFORE), EVEN)).toBe(0);
  });
});

describe("ledeLeadsOn", () => {
  it("is above one half where the next paragraphs follow the lede, not the paragraph before", () => {
    const story = window(
      LEDE,
      "Growers said the hailstorms struck orchard blossoms across three valleys.",
    );
    expect(ledeLeadsOn(story, 2, lexicalFeatures(BEFORE), EVEN)).toBeGreaterThan(0.6);
  });

  it("is below one half where they go back to the paragraph before", () => {
    const aside = window(
      "His grandfather once sailed tall ships around the southern cape.",
      "The harbour board said dredging the eastern channel would finish before the regatta.",
    );
    expect(ledeLeadsOn(aside, 2, lexicalFeatures(BEFORE), EVEN)).toBeLessThan(0.4);
  });

  it("is one half with nothing to compare", () => {
    expect(ledeLeadsOn(window(LEDE), 1, lexicalFeatures(BEFORE), EVEN)).toBe(0.5);
    expect(ledeLeadsOn(window(LEDE, LEDE), 2, null, EVEN)).toBe(1);
  });
});
