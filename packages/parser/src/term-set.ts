/**
 * A set of term ids (non-negative integers up to 2^53): a word list, or one paragraph's terms
 * at a time, emptied in constant time by moving to a new generation. Deduplicating a long
 * paragraph's words with Array.includes was quadratic, and a Set boxes every 53-bit id it is
 * asked about.
 */
export class TermSet {
  private ids = new Float64Array(256);
  // The generation that last wrote each slot: a slot of an older one is empty.
  private stamps = new Int32Array(256);
  private generation = 1;
  private size = 0;

  static of(ids: Iterable<number>): TermSet {
    const set = new TermSet();
    for (const id of ids) set.add(id);
    return set;
  }

  has(id: number): boolean {
    const mask = this.ids.length - 1;
    let slot = slotOf(id) & mask;
    while (this.stamps[slot] === this.generation) {
      if (this.ids[slot] === id) return true;
      slot = (slot + 1) & mask;
    }
    return false;
  }

  clear(): void {
    this.size = 0;
    if (++this.generation === 0x7fffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  /** Adds id; false when it was there already. */
  add(id: number): boolean {
    if (this.size * 2 >= this.ids.length) this.grow();
    const mask = this.ids.length - 1;
    let slot = slotOf(id) & mask;
    while (this.stamps[slot] === this.generation) {
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
    this.ids = new Float64Array(ids.length * 2);
    this.stamps = new Int32Array(ids.length * 2);
    this.size = 0;
    for (let i = 0; i < ids.length; i++) if (stamps[i] === generation) this.add(ids[i] as number);
  }
}

/** A hash of a term id for open addressing: both 32-bit halves mixed, so high bits spread too. */
export function slotOf(id: number): number {
  const h = Math.imul((id | 0) ^ ((id / 0x100000000) | 0), 0x9e3779b1);
  return (h ^ (h >>> 16)) >>> 0;
}
