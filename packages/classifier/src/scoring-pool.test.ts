import { describe, expect, it } from "vitest";
import { ArrayRoom, ScoringPool } from "./scoring-pool.js";

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

  it("gives the same view again while the length stays the same, zeroed", () => {
    const room = new ArrayRoom((n) => new Float64Array(n));
    room.zeros(8);
    const view = room.zeros(3);
    view.fill(5);
    const again = room.zeros(3);
    expect(again).toBe(view);
    expect([...again]).toEqual([0, 0, 0]);
    expect(room.zeros(4)).not.toBe(view);
    expect(room.zeros(4).length).toBe(4);
  });
});

describe("ScoringPool.tallyViews", () => {
  it("keeps the views while the arrays and the beats stay the same", () => {
    const pool = new ScoringPool();
    type Sums = [Float64Array, Float64Array, Float64Array, Float64Array];
    const sums = (): Sums => [0, 1, 2, 3].map(() => new Float64Array(6)) as Sums;
    const args = sums();
    const raw = args[0];
    const views = pool.tallyViews(...args, 4);
    expect(views.raw.length).toBe(4);
    expect(views.frames.length).toBe(2);
    raw[5] = 9;
    expect(views.frames[1]).toBe(9);
    expect(pool.tallyViews(...args, 4)).toBe(views);
    expect(pool.tallyViews(...args, 3)).not.toBe(views);
    const other = sums();
    expect(pool.tallyViews(...other, 3).raw.buffer).toBe(other[0].buffer);
  });
});
