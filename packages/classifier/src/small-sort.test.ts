import { describe, expect, it } from "vitest";
import { mulberry32 } from "./mulberry32.js";
import { sortSmall } from "./small-sort.js";

describe("sortSmall", () => {
  it("orders as Array#sort does, ties kept in their order", () => {
    const random = mulberry32(7);
    for (let round = 0; round < 200; round++) {
      const n = Math.floor(random() * 40);
      // Few distinct keys, so that ties are common.
      const list = Array.from({ length: n }, (_, i) => ({ key: Math.floor(random() * 6), i }));
      const byKey = (a: { key: number }, b: { key: number }) => b.key - a.key;
      expect(sortSmall([...list], byKey)).toEqual([...list].sort(byKey));
    }
  });

  it("sorts in place and returns the list", () => {
    const list = [3, 1, 2];
    expect(sortSmall(list, (a, b) => a - b)).toBe(list);
    expect(list).toEqual([1, 2, 3]);
  });
});
