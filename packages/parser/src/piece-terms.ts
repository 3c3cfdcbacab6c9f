import { KEY_IDF, STEM_IDF } from "./term-idf.js";
import { KEYS, STEMS } from "./term-store.js";
import type { FeatureTable } from "./text-features.js";

// What every PieceTerms works in, kept from one to the next (one is in use at a time: each is
// made, slid and read within one call). Grown, never shrunk.
const scratch = {
  // Each term of the paragraphs read, in order: its slot and its idf.
  slots: new Int32Array(1024),
  idfs: new Float64Array(1024),
  // Where each paragraph's terms end in `slots` (the first paragraph's start at 0).
  ends: new Int32Array(64),
  // The two pieces' idf sums by slot.
  up: new Float64Array(512),
  down: new Float64Array(512),
  // Open-addressed cells from a term's key to its slot; a cell is taken when its stamp is the
  // current one, so a new PieceTerms clears nothing.
  keys: new Int32Array(2048),
  cellSlots: new Int32Array(2048),
  stamps: new Int32Array(2048),
  stamp: 0,
};

// Where PieceTerms keeps its sums (`sums`).
const DOT = 0;
const UP = 1;
const DOWN = 2;

/**
 * The idf-weighted names and stems of two adjacent pieces of a dump (the paragraphs above a gap
 * and those below it), with their dot product and norms kept as paragraphs are added or taken
 * away, so that a window sliding over a long article costs one visit of each paragraph a side.
 * Each of the paragraphs `from`..`to` it may be asked is read once, when it is made: its terms
 * get a slot each (a name and a stem with the same id get two), so the pieces' sums are typed
 * arrays read by slot, not maps read by term. The sums are added in the order the maps were, so
 * the cohesion is the same number to the last bit.
 */
export class PieceTerms {
  // The pieces' dot product, then the piece above's squared norm and the piece below's.
  private readonly sums = new Float64Array(3);

  /**
   * `weights`: each term's weight by its key (a name's id + 1, a stem's -(id + 1)) in place of its
   * corpus idf (`beatWeights`); a term it lacks weighs 0.
   */
  constructor(
    table: FeatureTable,
    private readonly from: number,
    to: number,
    weights?: ReadonlyMap<number, number>,
  ) {
    const count = Math.max(0, to - from + 1);
    if (scratch.ends.length < count) scratch.ends = new Int32Array(2 * count);
    let total = 0;
    for (let p = from; p <= to; p++) {
      const record = table.lexical(p);
      total += record.to(KEYS) - record.from(KEYS) + record.to(STEMS) - record.from(STEMS);
    }
    if (scratch.slots.length < total) {
      scratch.slots = new Int32Array(2 * total);
      scratch.idfs = new Float64Array(2 * total);
    }
    let cells = scratch.keys.length;
    if (cells < 2 * total) {
      while (cells < 2 * total) cells *= 2;
      scratch.keys = new Int32Array(cells);
      scratch.cellSlots = new Int32Array(cells);
      scratch.stamps = new Int32Array(cells);
      scratch.stamp = 0;
    }
    const stamp = scratch.stamp === 0x7fffffff ? 1 : scratch.stamp + 1;
    if (stamp === 1) scratch.stamps.fill(0);
    scratch.stamp = stamp;
    const { keys, cellSlots, stamps, slots, idfs, ends } = scratch;
    const mask = cells - 1;
    let next = 0;
    let k = 0;
    for (let p = from; p <= to; p++) {
      const record = table.lexical(p);
      const terms = record.terms;
      // Names first, then stems, as the maps took them; a stem's key is set apart by its sign.
      for (let q = 0; q < 2; q++) {
        const kind = q === 0 ? KEYS : STEMS;
        const idf = kind === KEYS ? KEY_IDF : STEM_IDF;
        const end = record.to(kind);
        for (let j = record.from(kind); j < end; j++) {
          const id = terms[j] as number;
          const key = kind === KEYS ? id + 1 : -(id + 1);
          let cell = (Math.imul(key, 0x9e3779b1) >>> 7) & mask;
          while (stamps[cell] === stamp && keys[cell] !== key) cell = (cell + 1) & mask;
          if (stamps[cell] !== stamp) {
            stamps[cell] = stamp;
            keys[cell] = key;
            cellSlots[cell] = next++;
          }
          slots[k] = cellSlots[cell] as number;
          idfs[k] =
            weights === undefined
              ? (idf.values[idf.indexOf(id)] as number)
              : (weights.get(key) ?? 0);
          k++;
        }
      }
      ends[p - from] = k;
    }
    if (scratch.up.length < next) {
      scratch.up = new Float64Array(2 * next);
      scratch.down = new Float64Array(2 * next);
    }
    scratch.up.fill(0, 0, next);
    scratch.down.fill(0, 0, next);
  }

  above(p: number, sign: 1 | -1): void {
    this.add(p, sign, scratch.up, scratch.down, UP);
  }

  below(p: number, sign: 1 | -1): void {
    this.add(p, sign, scratch.down, scratch.up, DOWN);
  }

  cohesion(): number {
    const sums = this.sums;
    const norm = Math.sqrt((sums[UP] as number) * (sums[DOWN] as number));
    return norm === 0 ? 0 : (sums[DOT] as number) / norm;
  }

  /** Adds (or takes away) paragraph p's terms to `own`, whose squared norm is `sums[normAt]`. */
  private add(
    p: number,
    sign: 1 | -1,
    own: Float64Array,
    other: Float64Array,
    normAt: number,
  ): void {
    const { slots, idfs, ends } = scratch;
    const sums = this.sums;
    const i = p - this.from;
    const end = ends[i] as number;
    // Added term by term onto the running sums, as the maps' version did.
    let dot = sums[DOT] as number;
    let norm = sums[normAt] as number;
    for (let k = i === 0 ? 0 : (ends[i - 1] as number); k < end; k++) {
      const slot = slots[k] as number;
      const w = sign * (idfs[k] as number);
      const before = own[slot] as number;
      const after = before + w;
      own[slot] = after;
      dot += w * (other[slot] as number);
      norm += after * after - before * before;
    }
    sums[DOT] = dot;
    sums[normAt] = norm;
  }
}
