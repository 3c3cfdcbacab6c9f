import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TermCounts } from "./term-counts.js";
import { TermSet } from "./term-set.js";

// Few distinct ids, so they repeat; 30-bit ones, as termId gives, and ones that share low bits.
const id = fc.oneof(
  fc.integer({ min: 0, max: 40 }),
  fc.constantFrom(2 ** 30 - 1, 2 ** 20, 2 ** 21, 2 ** 20 + 5, 2 ** 29, 0x3ff * 2 ** 20),
  fc.integer({ min: 0, max: 2 ** 30 - 1 }),
);

describe("TermCounts", () => {
  it("counts as a Map would, through growth and rebuilds", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(id, fc.boolean()), { maxLength: 3000 }), (steps) => {
        const counts = new TermCounts();
        const reference = new Map<number, number>();
        for (const [t, up] of steps) {
          // Like a window, it only takes away what it added.
          const before = reference.get(t) ?? 0;
          if (!up && before === 0) continue;
          reference.set(t, before + (up ? 1 : -1));
          counts.add(t, up ? 1 : -1);
          expect(counts.get(t)).toBe(reference.get(t));
        }
        for (const [t, n] of reference) expect(counts.get(t)).toBe(n);
      }),
      { numRuns: 60 },
    );
  });
});

describe("TermCounts.clear", () => {
  it("drops every count, a few or many, and counts as before afterwards", () => {
    fc.assert(
      fc.property(fc.array(fc.array(id, { maxLength: 1500 }), { maxLength: 4 }), (rounds) => {
        const counts = new TermCounts();
        let before: number[] = [];
        for (const ids of rounds) {
          counts.clear();
          for (const t of before) expect(counts.get(t)).toBe(0);
          const reference = new Map<number, number>();
          for (const t of ids) {
            reference.set(t, (reference.get(t) ?? 0) + 1);
            counts.add(t, 1);
          }
          for (const [t, n] of reference) expect(counts.get(t)).toBe(n);
          before = ids;
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("TermSet", () => {
  it("adds each id once per generation, as a Set would", () => {
    fc.assert(
      fc.property(fc.array(fc.array(id, { maxLength: 800 }), { maxLength: 4 }), (rounds) => {
        const set = new TermSet();
        for (const ids of rounds) {
          set.clear();
          const reference = new Set<number>();
          for (const t of ids) {
            expect(set.add(t)).toBe(!reference.has(t));
            reference.add(t);
            expect(set.has(t)).toBe(true);
          }
          for (const t of ids) expect(set.has(t)).toBe(true);
        }
        // Emptied: what the rounds added is gone.
        set.clear();
        for (const ids of rounds) for (const t of ids) expect(set.has(t)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it("keeps its permanent ids through every clear, and through growth", () => {
    fc.assert(
      fc.property(
        fc.array(id, { maxLength: 300 }),
        fc.array(fc.array(id, { maxLength: 800 }), { maxLength: 4 }),
        (permanent, rounds) => {
          const set = TermSet.of([], permanent);
          for (const ids of rounds) {
            set.clear();
            const reference = new Set<number>(permanent);
            for (const t of ids) {
              expect(set.add(t)).toBe(!reference.has(t));
              reference.add(t);
            }
            for (const t of permanent) expect(set.has(t)).toBe(true);
          }
          set.clear();
          const kept = new Set<number>(permanent);
          for (const ids of rounds) for (const t of ids) expect(set.has(t)).toBe(kept.has(t));
        },
      ),
      { numRuns: 100 },
    );
  });
});
