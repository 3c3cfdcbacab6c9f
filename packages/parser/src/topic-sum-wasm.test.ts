import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addTopicVector,
  addTopicVectorInJs,
  SUMS_IN_WASM,
  TOPIC_DIMENSIONS,
  WASM_ROW_CAPACITY,
} from "./topic-vectors.js";
import { stemId } from "./words.js";

// Invented everyday words, most of them in the learned vocabulary, and ids that are in none.
const WORDS = "council teacher factory school water market court harbour".split(" ");
const KNOWN = WORDS.map((word) => stemId(word, 0, word.length));
const stem = fc.oneof(fc.constantFrom(...KNOWN), fc.integer({ min: 0, max: 2 ** 30 - 1 }));
// What the slots hold before the sum: any 32-bit float, -0, subnormals and infinities included.
const slotValue = fc.float({ noNaN: true });

/** Both sums of the same stems into copies of `start`; returns the two arrays. */
function bothSums(
  stems: number[],
  from: number,
  to: number,
  start: Float32Array,
  offset: number,
  fresh: boolean,
): [number[], number[]] {
  const wasm = start.slice();
  const js = start.slice();
  addTopicVector(stems, from, to, wasm, offset, fresh);
  addTopicVectorInJs(stems, from, to, js, offset, fresh);
  return [[...wasm], [...js]];
}

describe("addTopicVector in WebAssembly", () => {
  it("runs here (else the properties below compare the JavaScript sum with itself)", () => {
    expect(SUMS_IN_WASM).toBe(true);
  });

  it("sums as the JavaScript form does, number for number, -0 and all", () => {
    fc.assert(
      fc.property(
        fc.array(stem, { maxLength: 80 }),
        fc.array(slotValue, { minLength: 3 * TOPIC_DIMENSIONS, maxLength: 3 * TOPIC_DIMENSIONS }),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        fc.nat(),
        (stems, values, slot, fresh, cut) => {
          const from = stems.length === 0 ? 0 : cut % stems.length;
          const [wasm, js] = bothSums(
            stems,
            from,
            stems.length,
            Float32Array.from(values),
            slot * TOPIC_DIMENSIONS,
            fresh,
          );
          expect(wasm.map(Object.is.bind(null, 0))).toEqual(js.map(Object.is.bind(null, 0)));
          expect(wasm).toEqual(js);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("leaves the slot as it was where no stem is known, and zeroes it where fresh", () => {
    const start = new Float32Array(TOPIC_DIMENSIONS).fill(-0.5);
    const unknown = [1, 2, 3];
    for (const fresh of [false, true]) {
      const [wasm, js] = bothSums(unknown, 0, unknown.length, start, 0, fresh);
      expect(wasm).toEqual(js);
      expect(wasm[0]).toBe(fresh ? 0 : -0.5);
    }
  });

  it("sums a paragraph of more stems than the module takes a call, in turns, alike", () => {
    const many = Array.from(
      { length: 2 * WASM_ROW_CAPACITY + 7 },
      (_, i) => KNOWN[i % 8] as number,
    );
    const start = new Float32Array(TOPIC_DIMENSIONS).fill(0.1);
    const [wasm, js] = bothSums(many, 0, many.length, start, 0, false);
    expect(wasm).toEqual(js);
    // Known stems among them, so the sums moved.
    expect(wasm).not.toEqual([...start]);
  });
});
