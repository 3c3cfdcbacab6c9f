import { describe, expect, it } from "vitest";
import { levelWithout, NO_LEVEL, withCohesion } from "./dump-level.js";

describe("the dump's level for the joins", () => {
  const level = [
    [0.2, 14],
    [0.5, 40],
    [0.3, 77],
  ].reduce((l, [c, line]) => withCohesion(l, c as number, line as number), NO_LEVEL);

  it("keeps the highest cohesion, the second and where the highest stands", () => {
    expect(level).toEqual({ highest: 0.5, second: 0.3, highestLine: 40 });
  });

  it("leaves a start's own cohesion out only where it is the highest", () => {
    expect(levelWithout(level, 40)).toBe(0.3);
    expect(levelWithout(level, 77)).toBe(0.5);
    expect(levelWithout(level, 3)).toBe(0.5);
  });

  it("keeps a tie for the highest after either is left out", () => {
    const tied = withCohesion(level, 0.5, 90);
    expect(levelWithout(tied, 40)).toBe(0.5);
    expect(levelWithout(tied, 90)).toBe(0.5);
  });

  it("has no level with one start or none", () => {
    expect(levelWithout(NO_LEVEL, 1)).toBe(Number.NEGATIVE_INFINITY);
    expect(levelWithout(withCohesion(NO_LEVEL, 0.4, 8), 8)).toBe(Number.NEGATIVE_INFINITY);
  });
});
