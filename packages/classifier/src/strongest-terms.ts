/**
 * The strongest `limit` of a stream of terms, each given as numbers (its id, count and
 * contribution), strongest first; ties keep the order they came in. These are the first `limit`
 * of a stable sort of the whole stream by contribution, highest first. A bounded insertion: a
 * term weaker than the last kept is turned away with one comparison. beatTerms sees about 17
 * terms an article and keeps 4: an object for each, then a sort, was most of what it allocated
 * (thirty-sixth pass). Reused from call to call: its callers are synchronous.
 */
export class StrongestTerms {
  readonly ids: number[] = [];
  readonly counts: number[] = [];
  readonly contributions: number[] = [];
  #limit = 0;
  size = 0;

  /** Empties the list, to keep at most `limit` terms. */
  reset(limit: number): void {
    this.#limit = limit;
    this.size = 0;
  }

  offer(id: number, count: number, contribution: number): void {
    const { ids, counts, contributions } = this;
    const n = this.size;
    const full = n >= this.#limit;
    // A tie with the last kept goes after it, out of the list.
    if (full && (n === 0 || contribution <= (contributions[n - 1] as number))) return;
    let at = full ? n - 1 : n;
    while (at > 0 && (contributions[at - 1] as number) < contribution) {
      ids[at] = ids[at - 1] as number;
      counts[at] = counts[at - 1] as number;
      contributions[at] = contributions[at - 1] as number;
      at--;
    }
    ids[at] = id;
    counts[at] = count;
    contributions[at] = contribution;
    if (!full) this.size = n + 1;
  }
}
