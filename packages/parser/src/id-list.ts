/**
 * A list of ids (term ids, paragraph indices) filled anew at each call of the code that holds
 * it, its storage kept from call to call: emptying an array by setting its length to 0 frees its
 * storage, and every call grew it again.
 */
export class IdList {
  // A plain array of small integers: it grows where a push reaches its end, and keeps its storage.
  readonly items: number[] = [];
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(id: number): void {
    this.items[this.length++] = id;
  }

  includes(id: number): boolean {
    for (let i = 0; i < this.length; i++) if (this.items[i] === id) return true;
    return false;
  }

  /** Copies the list into `into` from `at`; returns where it ends there. */
  copyInto(into: Int32Array, at: number): number {
    for (let i = 0; i < this.length; i++) into[at + i] = this.items[i] as number;
    return at + this.length;
  }
}
