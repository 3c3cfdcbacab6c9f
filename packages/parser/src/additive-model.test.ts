import { describe, expect, it } from "vitest";
import { additiveAdder, additiveWeigher, type Shape, shapeAt, shapeMax } from "./additive-model.js";

const bent: Shape = { knots: [0, 0.2, 0.5, 1], values: [0, -1, -1.5, 0.5] };
// A step at 0.5: the knot given twice, the value left of it then right of it.
const stepped: Shape = { knots: [0, 0.5, 0.5, 1], values: [0, 0, 2, 2] };

describe("additive models", () => {
  it("shapeAt interpolates between knots and is flat past the ends", () => {
    expect(shapeAt(bent, 0.1)).toBeCloseTo(-0.5);
    expect(shapeAt(bent, 0.35)).toBeCloseTo(-1.25);
    expect(shapeAt(bent, -3)).toBe(0);
    expect(shapeAt(bent, 7)).toBe(0.5);
    expect(shapeAt(stepped, 0.5)).toBe(0);
    expect(shapeAt(stepped, 0.50001)).toBe(2);
  });

  it("the compiled weigher adds what shapeAt says, feature by feature", () => {
    const weigh = additiveWeigher(["a", "b"] as const, { a: bent, b: stepped });
    for (const a of [-1, 0, 0.1, 0.2, 0.33, 0.5, 0.9, 1, 2])
      for (const b of [0, 0.25, 0.5, 0.6, 1]) {
        const expected = 3 + shapeAt(bent, a) + shapeAt(stepped, b);
        expect(weigh(3, { a, b })).toBeCloseTo(expected, 12);
      }
  });

  it("the compiled adder adds to a sum in place the very number the weigher returns", () => {
    const shapes = { a: bent, b: stepped };
    const weigh = additiveWeigher(["a", "b"] as const, shapes);
    const add = additiveAdder(["a", "b"] as const, shapes);
    const sum = new Float64Array(1);
    for (const a of [-1, 0, 0.1, 0.2, 0.33, 0.5, 0.9, 1, 2])
      for (const b of [0, 0.25, 0.5, 0.6, 1]) {
        sum[0] = 0.1;
        add({ a, b }, sum);
        expect(sum[0]).toBe(weigh(0.1, { a, b }));
      }
  });

  it("shapeMax bounds the shape everywhere", () => {
    for (let x = -0.5; x <= 1.5; x += 0.01)
      expect(shapeAt(bent, x)).toBeLessThanOrEqual(shapeMax(bent));
    expect(shapeMax(stepped)).toBe(2);
  });

  it("refuses a shape whose knots go back, and says what to do", () => {
    const backwards: Shape = { knots: [0, 1, 0.5], values: [0, 1, 2] };
    expect(() => additiveWeigher(["a"] as const, { a: backwards })).toThrow(/npm run train/);
    expect(() => additiveAdder(["a"] as const, { a: backwards })).toThrow(/npm run train/);
  });
});
