import { afterAll, beforeAll, beforeEach } from "vitest";
import { openTestStore, type TestStore } from "./index.js";

/** Which database the store tests run on, for their titles. */
export const TEST_DATABASE = process.env.DATABASE_URL ? "PostgreSQL" : "PGlite";

/**
 * One store for a test file (PGlite's cold open takes seconds), emptied before each test and
 * closed after the last: `let store: TestStore; useTestStore((s) => { store = s; });`
 */
export function useTestStore(opened: (store: TestStore) => void): void {
  let store: TestStore | undefined;
  beforeAll(async () => {
    store = await openTestStore();
    opened(store);
  });
  afterAll(async () => {
    await store?.close();
  });
  beforeEach(async () => {
    await store?.reset();
  });
}
