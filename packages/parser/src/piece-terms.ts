import { KEY_IDF, STEM_IDF } from "./term-idf.js";
import { KEYS, STEMS } from "./term-store.js";
import type { FeatureTable } from "./text-features.js";

// Names and stems are ids of two kinds that may coincide: a stem's key is set apart by its sign.
const KINDS = [
  { kind: KEYS, idf: KEY_IDF, sign: 1 },
  { kind: STEMS, idf: STEM_IDF, sign: -1 },
] as const;

/**
 * The idf-weighted names and stems of two adjacent pieces of a dump (the paragraphs above a gap
 * and those below it), with their dot product and norms kept as paragraphs are added or taken
 * away, so that a window sliding over a long article costs one visit of each paragraph a side.
 */
export class PieceTerms {
  private readonly up = new Map<number, number>();
  private readonly down = new Map<number, number>();
  private dot = 0;
  private normUp = 0;
  private normDown = 0;

  constructor(private readonly table: FeatureTable) {}

  above(p: number, sign: 1 | -1): void {
    this.add(p, sign, this.up, this.down, true);
  }

  below(p: number, sign: 1 | -1): void {
    this.add(p, sign, this.down, this.up, false);
  }

  cohesion(): number {
    const norm = Math.sqrt(this.normUp * this.normDown);
    return norm === 0 ? 0 : this.dot / norm;
  }

  private add(
    p: number,
    sign: 1 | -1,
    own: Map<number, number>,
    other: Map<number, number>,
    up: boolean,
  ): void {
    const record = this.table.lexical(p);
    for (const { kind, idf, sign: keySign } of KINDS) {
      for (let j = record.from(kind); j < record.to(kind); j++) {
        const id = record.terms[j] as number;
        const key = keySign * (id + 1);
        const w = sign * idf.get(id);
        const before = own.get(key) ?? 0;
        const after = before + w;
        own.set(key, after);
        this.dot += w * (other.get(key) ?? 0);
        const change = after * after - before * before;
        if (up) this.normUp += change;
        else this.normDown += change;
      }
    }
  }
}
