import { describe, expect, it } from "vitest";
import { cosineDistance } from "./function-word-style.js";
import {
  dominantGender,
  firstSentence,
  openingReference,
  PRONOUN_GROUPS,
  pronounCounts,
} from "./pronoun-reference.js";

// Written for this test.
describe("how a paragraph's first sentence refers to people", () => {
  it("ends the first sentence at its stop, not at a title's abbreviation", () => {
    const text = "Mr. Okafor left early. He came back at noon.";
    expect(firstSentence(text)).toBe("Mr. Okafor left early.");
  });

  it("reads a sentence that leans on a pronoun before naming anyone as going on", () => {
    const ref = openingReference(
      "After the vote, she told reporters the bill was dead. Then Ms. Lind left.",
    );
    expect(ref.pronounBeforeName).toBe(true);
    expect(ref.pronounNoName).toBe(true);
    expect(ref.nameFirst).toBe(false);
    expect(ref.leadingGroup).toBe(PRONOUN_GROUPS.indexOf("she"));
  });

  it("reads a sentence that names its referents first as a fresh start", () => {
    const ref = openingReference(
      "Harbour pilots in Port Ellery walked off the job on Tuesday, saying their pay had not kept up.",
    );
    expect(ref.nameFirst).toBe(true);
    expect(ref.fullNameFirst).toBe(true);
    expect(ref.pronounBeforeName).toBe(false);
  });

  it("takes neither a weekday nor the sentence's first word for a name", () => {
    const ref = openingReference("Hundreds queued on Monday before he opened the doors.");
    expect(ref.nameFirst).toBe(false);
    expect(ref.pronounBeforeName).toBe(true);
  });

  it("knows an opening pronoun and a demonstrative that points back", () => {
    const ref = openingReference("It was the third time these talks had stalled this year.");
    expect(ref.opensOnPronoun).toBe(true);
    expect(ref.demonstrative).toBe(true);
    expect(openingReference("The talks resume this week.").demonstrative).toBe(false);
  });
});

describe("pronoun profiles across a gap", () => {
  it("counts each group's uses and the words", () => {
    const counts = pronounCounts("He said his team would win; they did, and we cheered them.");
    expect(Array.from(counts)).toEqual([2, 0, 2, 0, 0, 1, 0, 12]);
  });

  it("is as far apart as can be where a story about her follows one about him", () => {
    const him = pronounCounts("He said he would go. His wife agreed with him.");
    const her = pronounCounts("She said she would stay. Her husband agreed with her.");
    expect(cosineDistance(him, her, [0, 1, 2])).toBeCloseTo(1);
    expect(cosineDistance(him, him, [0, 1, 2])).toBeCloseTo(0);
    expect(dominantGender(him, 3)).toBe(0);
    expect(dominantGender(her, 3)).toBe(1);
  });

  it("reads no distance and no dominant person where a side uses none", () => {
    const none = pronounCounts("Prices rose again in March.");
    const him = pronounCounts("He said he would go.");
    expect(cosineDistance(none, him, [0, 1, 2])).toBe(0);
    expect(dominantGender(none, 1)).toBe(-1);
  });
});
