/**
 * A set of term ids (non-negative 30-bit integers, see termId): a word list, or one paragraph's
 * terms at a time, emptied in constant time by moving to a new generation. Deduplicating a long
 * paragraph's words with Array.includes was quadratic, and a Set costs several times as much.
 */
export class TermSet {
  private ids = new Int32Array(256);
  // The generation that last wrote each slot: a slot of an older one is empty.
  private stamps = new Int32Array(256);
  private generation = 1;
  private size = 0;
  private permanent = 0;

  /** A set of ids; `permanent` ones stay in it through every clear(). */
  static of(ids: Iterable<number>, permanent: Iterable<number> = []): TermSet {
    const set = new TermSet();
    for (const id of permanent) set.add(id);
    for (let slot = 0; slot < set.stamps.length; slot++)
      if (set.stamps[slot] === set.generation) set.stamps[slot] = PERMANENT;
    set.permanent = set.size;
    for (const id of ids) set.add(id);
    return set;
  }

  has(id: number): boolean {
    const mask = this.ids.length - 1;
    let slot = slotOf(id) & mask;
    while (this.isTaken(slot)) {
      if (this.ids[slot] === id) return true;
      slot = (slot + 1) & mask;
    }
    return false;
  }

  clear(): void {
    this.size = this.permanent;
    if (++this.generation === PERMANENT) {
      for (let slot = 0; slot < this.stamps.length; slot++)
        if (this.stamps[slot] !== PERMANENT) this.stamps[slot] = 0;
      this.generation = 1;
    }
  }

  private isTaken(slot: number): boolean {
    const stamp = this.stamps[slot];
    return stamp === this.generation || stamp === PERMANENT;
  }

  /** Adds id; false when it was there already. */
  add(id: number): boolean {
    if (this.size * 2 >= this.ids.length) this.grow();
    const mask = this.ids.length - 1;
    let slot = slotOf(id) & mask;
    while (this.isTaken(slot)) {
      if (this.ids[slot] === id) return false;
      slot = (slot + 1) & mask;
    }
    this.stamps[slot] = this.generation;
    this.ids[slot] = id;
    this.size++;
    return true;
  }

  private grow(): void {
    const { ids, stamps, generation } = this;
    this.ids = new Int32Array(ids.length * 2);
    this.stamps = new Int32Array(ids.length * 2);
    this.size = 0;
    // Permanent ids first, so that they are re-marked before the others go in.
    for (let i = 0; i < ids.length; i++) if (stamps[i] === PERMANENT) this.add(ids[i] as number);
    for (let slot = 0; slot < this.stamps.length; slot++)
      if (this.stamps[slot] === generation) this.stamps[slot] = PERMANENT;
    for (let i = 0; i < ids.length; i++) if (stamps[i] === generation) this.add(ids[i] as number);
  }
}

// The stamp of ids that clear() keeps.
const PERMANENT = 0x7fffffff;

/** A hash of a term id for open addressing: stem ids are dense, so their bits are spread. */
export function slotOf(id: number): number {
  const h = Math.imul(id, 0x9e3779b1);
  // 30 bits: a small integer, never a boxed number, wherever this is not inlined.
  return (h ^ (h >>> 16)) & 0x3fffffff;
}
