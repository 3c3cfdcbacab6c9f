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
    this.occupied++;
  }

  /** Drops every count: cheaper than taking each term back out. */
  clear(): void {
    this.counts.fill(EMPTY);
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
    this.occupied = live;
    for (let i = 0; i < counts.length; i++) {
      const count = counts[i] as number;
      if (count <= 0) continue;
      const slot = this.find(ids[i] as number);
      this.ids[slot] = ids[i] as number;
      this.counts[slot] = count;
    }
  }
}
