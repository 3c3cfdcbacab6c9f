import { describe, expect, it } from "vitest";
import { ArrayRoom } from "./scoring-pool.js";

describe("ArrayRoom", () => {
  it("gives zeros in the same buffer once it is large enough", () => {
    const room = new ArrayRoom((n) => new Float64Array(n));
    const first = room.zeros(4);
    first.set([1, 2, 3, 4]);
    const again = room.zeros(4);
    expect(again).toBe(first);
    expect([...again]).toEqual([0, 0, 0, 0]);
  });

  it("gives a shorter array as a zeroed view of the buffer's start", () => {
    const room = new ArrayRoom((n) => new Int32Array(n));
    room.zeros(5).fill(7);
    const short = room.zeros(2);
    expect(short.length).toBe(2);
    expect([...short]).toEqual([0, 0]);
    // Only the view is cleared: the rest of the buffer is not read.
    expect([...room.zeros(5)]).toEqual([0, 0, 0, 0, 0]);
  });

  it("grows to a longer array, at least doubling", () => {
    const room = new ArrayRoom((n) => new Float64Array(n));
    const small = room.zeros(3);
    small.fill(1);
    const large = room.zeros(4);
    expect(large).not.toBe(small);
    expect([...large]).toEqual([0, 0, 0, 0]);
    expect(large.buffer.byteLength).toBe(6 * 8);
  });
});
