import { describe, expect, it } from "vitest";
import { shortfallNoise } from "./choice-noise.js";
import type { BoundaryCounts } from "./dump-boundaries.js";

const dump = (hits: number, predicted = 10, expected = 10): BoundaryCounts => ({
  hits,
  predicted,
  expected,
});
const alone = (d: number) => d;

describe("shortfallNoise", () => {
  it("is 0 for the best point and for a point that decides every dump alike", () => {
    const same = Array.from({ length: 40 }, (_, i) => dump(5 + (i % 5)));
    const noise = shortfallNoise([same, same], 0, alone);
    expect(noise).toEqual([0, 0]);
  });

  it("grows with how unevenly two points differ across the dumps", () => {
    const base = Array.from({ length: 60 }, () => dump(8));
    // Better by one hit on every dump, or by the same total on a sixth of them.
    const even = base.map(() => dump(9));
    const uneven = base.map((_, i) => dump(i % 6 === 0 ? 14 : 8));
    const [, steady] = shortfallNoise([even, base], 0, alone);
    const [, noisy] = shortfallNoise([uneven, base], 0, alone);
    expect(steady).toBe(0);
    expect(noisy).toBeGreaterThan(0.005);
  });

  it("draws a group's dumps together and is the same on every run", () => {
    const a = Array.from({ length: 30 }, (_, i) => dump(i % 3 === 0 ? 10 : 7));
    const b = Array.from({ length: 30 }, () => dump(8));
    const once = shortfallNoise([a, b], 1, (d) => d % 10);
    expect(shortfallNoise([a, b], 1, (d) => d % 10)).toEqual(once);
    expect(once.every((n) => n >= 0)).toBe(true);
  });
});
