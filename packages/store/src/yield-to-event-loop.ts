/**
 * Lets timers and I/O run. PGlite executes each statement on the calling thread, so a large
 * write done in one statement holds the event loop (and with it a BullMQ worker's lock
 * renewals); statements cut in pieces with this between them do not.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** `items` in consecutive pieces of at most `size`. */
export function pieces<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}
