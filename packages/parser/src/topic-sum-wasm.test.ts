import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileTopicSum } from "./topic-sum-wasm.js";
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

describe("the topic sum module (topic-sum.wat)", () => {
  it("reads the table, the sums and the row list where its parameters say", () => {
    const module = compileTopicSum(3, 4);
    if (module === null) throw new Error("no WebAssembly SIMD here");
    const { memory, tableAt, outAt, rowsAt, sum } = module;
    const table = new Float32Array(memory.buffer, tableAt, 3 * TOPIC_DIMENSIONS);
    table.set(Array.from({ length: 3 * TOPIC_DIMENSIONS }, (_, i) => i));
    new Float32Array(memory.buffer, outAt, TOPIC_DIMENSIONS).fill(0.5);
    // Offsets 0 and 128 from a table taken to start at its second row: rows 1 and 2, in turn.
    new Int32Array(memory.buffer, rowsAt, 2).set([0, TOPIC_DIMENSIONS * 4]);
    sum(tableAt + TOPIC_DIMENSIONS * 4, outAt, rowsAt, 2);
    const expected = Array.from({ length: TOPIC_DIMENSIONS }, (_, d) => 0.5 + 96 + 2 * d);
    expect([...new Float32Array(memory.buffer, outAt, TOPIC_DIMENSIONS)]).toEqual(expected);
  });
});
