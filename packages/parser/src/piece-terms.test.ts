import { describe, expect, it } from "vitest";
import { PieceTerms } from "./piece-terms.js";
import { KEY_IDF, STEM_IDF } from "./term-idf.js";
import { KEYS, STEMS } from "./term-store.js";
import { FeatureTable } from "./text-features.js";

// Written for this test: paragraphs that share some names and words and not others.
const NAMES = ["Marta Olsen", "Harbour Board", "Skarvik", "Jonas Berg", "Council", "Lindqvist"];
const WORDS = ["ferry", "timetable", "orchard", "frost", "budget", "school", "bridge", "storm"];

function paragraphs(count: number, seed: number): string[] {
  let state = seed;
  const pick = <T>(list: readonly T[]): T => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return list[state % list.length] as T;
  };
  return Array.from(
    { length: count },
    () =>
      `${pick(NAMES)} said the ${pick(WORDS)} and the ${pick(WORDS)} would wait, as ${pick(NAMES)} asked about the ${pick(WORDS)} again.`,
  );
}

/** The sums as maps of terms kept them (the version before slots), for the same sliding. */
class MapPieces {
  private readonly up = new Map<number, number>();
  private readonly down = new Map<number, number>();
  private dot = 0;
  private norms = [0, 0];

  constructor(private readonly table: FeatureTable) {}

  add(p: number, sign: 1 | -1, side: 0 | 1): void {
    const [own, other] = side === 0 ? [this.up, this.down] : [this.down, this.up];
    const record = this.table.lexical(p);
    for (const [kind, idf, keySign] of [
      [KEYS, KEY_IDF, 1],
      [STEMS, STEM_IDF, -1],
    ] as const) {
      for (let j = record.from(kind); j < record.to(kind); j++) {
        const id = record.terms[j] as number;
        const key = keySign * (id + 1);
        const w = sign * idf.get(id);
        const before = own.get(key) ?? 0;
        const after = before + w;
        own.set(key, after);
        this.dot += w * (other.get(key) ?? 0);
        const change = after * after - before * before;
        this.norms[side] = (this.norms[side] as number) + change;
      }
    }
  }

  cohesion(): number {
    const norm = Math.sqrt((this.norms[0] as number) * (this.norms[1] as number));
    return norm === 0 ? 0 : this.dot / norm;
  }
}

describe("the pieces' sums by slot", () => {
  it("give the cohesion the maps of terms gave, to the last bit, as the pieces slide", () => {
    for (const seed of [1, 7, 42]) {
      const texts = paragraphs(40, seed);
      const table = new FeatureTable(texts);
      const slots = new PieceTerms(table, 0, texts.length - 1);
      const maps = new MapPieces(table);
      const width = 6;
      for (let p = 0; p < width; p++) {
        slots.above(p, 1);
        maps.add(p, 1, 0);
        slots.below(p + width, 1);
        maps.add(p + width, 1, 1);
      }
      expect(slots.cohesion()).toBe(maps.cohesion());
      for (let at = width + 1; at + width <= texts.length; at++) {
        slots.above(at - 1, 1);
        maps.add(at - 1, 1, 0);
        slots.above(at - 1 - width, -1);
        maps.add(at - 1 - width, -1, 0);
        slots.below(at - 1, -1);
        maps.add(at - 1, -1, 1);
        slots.below(at + width - 1, 1);
        maps.add(at + width - 1, 1, 1);
        expect(slots.cohesion()).toBe(maps.cohesion());
      }
    }
  });

  it("start from nothing each time, whatever the one before held", () => {
    const table = new FeatureTable(paragraphs(10, 3));
    const first = new PieceTerms(table, 0, 9);
    for (let p = 0; p < 5; p++) first.above(p, 1);
    for (let p = 5; p < 10; p++) first.below(p, 1);
    const again = new PieceTerms(table, 0, 9);
    for (let p = 0; p < 5; p++) again.above(p, 1);
    for (let p = 5; p < 10; p++) again.below(p, 1);
    expect(again.cohesion()).toBe(first.cohesion());
  });
});
