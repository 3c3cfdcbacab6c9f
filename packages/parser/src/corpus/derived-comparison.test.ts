import { describe, expect, it } from "vitest";
import { compareDerived, type DerivedRecord } from "./derived-comparison.js";

const record = (source: string, hash: number, rouge1: number): DerivedRecord => ({
  source,
  hash,
  rouge1,
});

describe("compareDerived", () => {
  it("finds nothing between a fold and itself", () => {
    const records = [record("a", 1, 0.2), record("b", 2, 0.3)];
    expect(compareDerived(records, records)).toEqual({
      changed: 0,
      better: 0,
      worse: 0,
      mean: 0,
      low: 0,
      high: 0,
    });
  });

  it("counts the headlines a change moved and brackets its mean gain", () => {
    const before = ["a", "a", "b", "c", "d"].map((s, i) => record(s, i, 0.2));
    const after = before.map((r, i) => (i < 2 ? record(r.source, 9 + i, 0.3) : r));
    const c = compareDerived(before, after);
    expect(c).toMatchObject({ changed: 2, better: 2, worse: 0 });
    expect(c.mean).toBeCloseTo(0.04, 10);
    expect(c.low).toBe(0);
    expect(c.high).toBeGreaterThan(c.mean);
  });

  it("refuses records of different folds", () => {
    expect(() => compareDerived([record("a", 1, 0)], [])).toThrow(/same fold/);
  });
});
