/**
 * Runs tasks of one key one after another within this process: a task waits until every
 * earlier task of its key has settled (whatever their outcome), then runs alone.
 */
export function oneAtATime<Key>() {
  const running = new Map<Key, Promise<unknown>>();
  async function run<T>(key: Key, task: () => Promise<T>): Promise<T> {
    for (let earlier = running.get(key); earlier; earlier = running.get(key)) {
      await earlier.catch(() => undefined);
    }
    const current = task();
    running.set(key, current);
    try {
      return await current;
    } finally {
      if (running.get(key) === current) running.delete(key);
    }
  }
  /** Whether a task of the key runs or waits now. */
  const busy = (key: Key): boolean => running.has(key);
  return Object.assign(run, { busy });
}
