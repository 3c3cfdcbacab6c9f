import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A hang guard, not a speed check: tests that compile the taxonomy (about a CPU-second)
    // went past vitest's 5 s default on a machine at load 9.
    testTimeout: 30_000,
  },
});
