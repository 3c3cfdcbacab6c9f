import { describe, expect, it } from "vitest";
import { PairTable } from "./pair-table.js";

describe("PairTable", () => {
  it("finds values by ordered pairs and -1 for pairs never set", () => {
    const table = new PairTable();
    table.set(3, 7, 0);
    table.set(7, 3, 5);
    expect(table.get(3, 7)).toBe(0);
    expect(table.get(7, 3)).toBe(5);
    expect(table.get(3, 3)).toBe(-1);
  });

  it("keeps every pair through growing and replaces a value set twice", () => {
    const table = new PairTable();
    for (let a = 0; a < 3000; a++) table.set(a, a * 7 + 1, a);
    table.set(10, 71, 99);
    expect(table.get(10, 71)).toBe(99);
    for (let a = 0; a < 3000; a++) if (a !== 10) expect(table.get(a, a * 7 + 1)).toBe(a);
    expect(table.get(1, 1)).toBe(-1);
  });
});
