/**
 * A set of term ids (non-negative 30-bit integers, see termId): a word list, or one paragraph's
 * terms at a time. Deduplicating a long paragraph's words with Array.includes was quadratic, and
 * a Set costs several times as much.
 */
export class TermSet {
  // Open-addressed slots, EMPTY where free: a probe reads one array.
  private ids = new Int32Array(256).fill(EMPTY);
  // The slots taken since the last clear(), `size - permanent` of them: clear() empties those
  // alone. Stamping each slot with a generation made every probe read a second array.
  private taken = new Int32Array(128);
  private size = 0;
  private permanent = 0;

  /** A set of ids; `permanent` ones stay in it through every clear(). */
  static of(ids: Iterable<number>, permanent: Iterable<number> = []): TermSet {
    const set = new TermSet();
    for (const id of permanent) set.add(id);
    set.permanent = set.size;
    for (const id of ids) set.add(id);
    return set;
  }

  has(id: number): boolean {
    const ids = this.ids;
    const mask = ids.length - 1;
    let slot = slotOf(id) & mask;
    for (;;) {
      const found = ids[slot] as number;
      if (found === id) return true;
      if (found === EMPTY) return false;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Empties the set but for its permanent ids. They were all added before any other (grow()
   * adds them first again), so no probe from one of them crosses a slot emptied here.
   */
  clear(): void {
    const { ids, taken } = this;
    const added = this.size - this.permanent;
    for (let i = 0; i < added; i++) ids[taken[i] as number] = EMPTY;
    this.size = this.permanent;
  }

  /** Adds id; false when it was there already. */
  add(id: number): boolean {
    if (this.size * 2 >= this.ids.length) this.grow();
    const ids = this.ids;
    const mask = ids.length - 1;
    let slot = slotOf(id) & mask;
    for (;;) {
      const found = ids[slot] as number;
      if (found === id) return false;
      if (found === EMPTY) break;
      slot = (slot + 1) & mask;
    }
    ids[slot] = id;
    this.taken[this.size - this.permanent] = slot;
    this.size++;
    return true;
  }

  private grow(): void {
    const { ids, taken, permanent } = this;
    const added = this.size - permanent;
    // The permanent ids are the taken slots that no clear() empties: the others are listed.
    const others = new Int32Array(added);
    for (let i = 0; i < added; i++) {
      const slot = taken[i] as number;
      others[i] = ids[slot] as number;
      ids[slot] = EMPTY;
    }
    this.ids = new Int32Array(ids.length * 2).fill(EMPTY);
    this.taken = new Int32Array(ids.length);
    this.size = 0;
    this.permanent = 0;
    for (let slot = 0; slot < ids.length; slot++)
      if ((ids[slot] as number) !== EMPTY) this.add(ids[slot] as number);
    this.permanent = permanent;
    for (let i = 0; i < added; i++) this.add(others[i] as number);
  }
}

// A free slot: no term id is negative.
const EMPTY = -1;

/** A hash of a term id for open addressing: stem ids are dense, so their bits are spread. */
export function slotOf(id: number): number {
  const h = Math.imul(id, 0x9e3779b1);
  // 30 bits: a small integer, never a boxed number, wherever this is not inlined.
  return (h ^ (h >>> 16)) & 0x3fffffff;
}
