import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // PGlite's cold open takes seconds on a busy 2-core machine.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
