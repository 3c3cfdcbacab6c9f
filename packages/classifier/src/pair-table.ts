/**
 * Small integers filed under a pair of word ids, in one flat open-addressing table: what the
 * beat model finds two-word phrases by. A Map per first word cost a lookup through three or
 * four scattered objects for every pair of an article's words; here it is one or two reads
 * of adjacent numbers.
 */
export class PairTable {
  #count = 0;
  /** Per slot: first id, second id, value + 1 (0: empty). */
  #slots = new Int32Array(3 * 1024);

  /** The table's contents, for restore (see compiled-data.ts). */
  snapshot(): { count: number; slots: Int32Array<ArrayBuffer> } {
    return { count: this.#count, slots: this.#slots };
  }

  /** A table holding what `snapshot` returned. */
  static restore(s: { count: number; slots: Int32Array<ArrayBuffer> }): PairTable {
    const table = new PairTable();
    table.#count = s.count;
    table.#slots = s.slots;
    return table;
  }

  /** Files `value` (>= 0) under the pair (a, b), replacing what was there. */
  set(a: number, b: number, value: number): void {
    if (2 * (this.#count + 1) > this.#slots.length / 3) this.#grow();
    const s = this.#slotOf(a, b);
    if (this.#slots[s + 2] === 0) this.#count++;
    this.#slots[s] = a;
    this.#slots[s + 1] = b;
    this.#slots[s + 2] = value + 1;
  }

  /** The value filed under (a, b), or -1. */
  get(a: number, b: number): number {
    return (this.#slots[this.#slotOf(a, b) + 2] as number) - 1;
  }

  /** The slot holding (a, b), or the empty slot where it would go. */
  #slotOf(a: number, b: number): number {
    const slots = this.#slots;
    const mask = slots.length / 3 - 1;
    let h = Math.imul(a, 0x9e3779b1) ^ b;
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
    for (let i = (h ^ (h >>> 13)) & mask; ; i = (i + 1) & mask) {
      const s = 3 * i;
      if (slots[s + 2] === 0 || (slots[s] === a && slots[s + 1] === b)) return s;
    }
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Int32Array(old.length * 2);
    this.#count = 0;
    for (let s = 0; s < old.length; s += 3) {
      const v = old[s + 2] as number;
      if (v !== 0) this.set(old[s] as number, old[s + 1] as number, v - 1);
    }
  }
}
