import { slotOf } from "./term-set.js";

const EMPTY = -1;
const MIN_CAPACITY = 1024;

/**
 * How often each term id occurs in a sliding window of paragraphs. Typed arrays rather than a
 * Map, which costs several times as much per term. A count that drops to zero keeps its slot
 * (windows slide back over the same terms); the table is rebuilt without those when it fills.
 */
export class TermCounts {
  private ids = new Int32Array(MIN_CAPACITY);
  private counts = new Int32Array(MIN_CAPACITY).fill(EMPTY);
  private occupied = 0;
  // The slots taken since the table was last emptied, `occupied` of them (never more than half
  // the table): clear() empties only those where they are few.
  private taken = new Int32Array(MIN_CAPACITY >> 1);

  /** The count of id; 0 if it was never added. */
  get(id: number): number {
    const slot = this.find(id);
    const count = this.counts[slot] as number;
    return count === EMPTY ? 0 : count;
  }

  /** Adds delta (1 or -1) to the count of id. */
  add(id: number, delta: number): void {
    let slot = this.find(id);
    if (this.counts[slot] !== EMPTY) {
      this.counts[slot] = (this.counts[slot] as number) + delta;
      return;
    }
    if (delta <= 0) return;
    if ((this.occupied + 1) * 2 > this.ids.length) {
      this.rebuild();
      slot = this.find(id);
    }
    this.ids[slot] = id;
    this.counts[slot] = delta;
    this.taken[this.occupied++] = slot;
  }

  /**
   * Drops every count: cheaper than taking each term back out. A window's table keeps the size
   * its longest run grew it to, and `fill` (a native call, then every slot) cost more than the
   * rest of a parse's typed-array work where a run restarts with a few paragraphs' terms in it:
   * the slots taken are emptied one by one unless they are a sixteenth of the table or more.
   */
  clear(): void {
    const { counts, taken, occupied } = this;
    if (occupied * 16 < counts.length) {
      for (let i = 0; i < occupied; i++) counts[taken[i] as number] = EMPTY;
    } else {
      counts.fill(EMPTY);
    }
    this.occupied = 0;
  }

  /** The slot that holds id, or the empty slot where it would go. */
  private find(id: number): number {
    const mask = this.ids.length - 1;
    let slot = slotOf(id) & mask;
    while (this.counts[slot] !== EMPTY && this.ids[slot] !== id) slot = (slot + 1) & mask;
    return slot;
  }

  private rebuild(): void {
    const { ids, counts } = this;
    let live = 0;
    for (let i = 0; i < counts.length; i++) if ((counts[i] as number) > 0) live++;
    let capacity = MIN_CAPACITY;
    while (capacity < live * 4) capacity *= 2;
    this.ids = new Int32Array(capacity);
    this.counts = new Int32Array(capacity).fill(EMPTY);
    this.taken = new Int32Array(capacity >> 1);
    this.occupied = 0;
    for (let i = 0; i < counts.length; i++) {
      const count = counts[i] as number;
      if (count <= 0) continue;
      const slot = this.find(ids[i] as number);
      this.ids[slot] = ids[i] as number;
      this.counts[slot] = count;
      this.taken[this.occupied++] = slot;
    }
  }
}
