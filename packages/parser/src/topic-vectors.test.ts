import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addTopicVector, TOPIC_DIMENSIONS } from "./topic-vectors.js";
import { stemId } from "./words.js";

// Everyday words, most of them in the learned vocabulary, and ids that are in none.
const WORDS =
  "government minister police market school water company health court election budget village football weather hospital prices".split(
    " ",
  );
const KNOWN = WORDS.map((word) => stemId(word, 0, word.length));
const stem = fc.oneof(fc.constantFrom(...KNOWN), fc.integer({ min: 0, max: 2 ** 30 - 1 }));

describe("addTopicVector", () => {
  it("learns something of everyday words (else the property below proves nothing)", () => {
    const into = new Float32Array(TOPIC_DIMENSIONS);
    addTopicVector(KNOWN, 0, KNOWN.length, into, 0);
    expect(into.some((x) => x !== 0)).toBe(true);
  });

  // Stems, and a slot of four in an array filled with 0.25 (not zeros): the property is checked
  // on the slot's offset and the other slots alike.
  const slotted = (check: (stems: number[], offset: number) => void) =>
    fc.assert(
      fc.property(
        fc.array(stem, { maxLength: 60 }),
        fc.integer({ min: 0, max: 3 }),
        (stems, slot) => check(stems, slot * TOPIC_DIMENSIONS),
      ),
      { numRuns: 200 },
    );
  const filled = () => new Float32Array(4 * TOPIC_DIMENSIONS).fill(0.25);

  it("adds as adding one stem at a time into the array would, number for number", () => {
    slotted((stems, offset) => {
      const whole = filled();
      const oneByOne = filled();
      addTopicVector(stems, 0, stems.length, whole, offset);
      for (const s of stems) addTopicVector([s], 0, 1, oneByOne, offset);
      expect([...whole]).toEqual([...oneByOne]);
    });
  });

  it("fresh, writes over the slot what adding into zeros would, leaving the rest", () => {
    slotted((stems, offset) => {
      const fresh = filled();
      const zeroed = filled().fill(0, offset, offset + TOPIC_DIMENSIONS);
      addTopicVector(stems, 0, stems.length, fresh, offset, true);
      addTopicVector(stems, 0, stems.length, zeroed, offset);
      expect([...fresh]).toEqual([...zeroed]);
    });
  });
});
