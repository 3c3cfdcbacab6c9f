/**
 * Sorts a short list in place by `compare`, stably, and returns it: an insertion sort. For a
 * comparator that orders consistently (no NaN, no "after" both ways), the order is the one
 * Array#sort gives, which is stable too. Array#sort allocates its state and a copy of the list
 * at every call, and an article sorted a dozen lists of a few to a few tens of items.
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(list[j] as T, item) > 0) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}
