import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The ingestion commands open PGlite (seconds on a busy 2-core machine) and wait on jobs.
    hookTimeout: 60_000,
    testTimeout: 60_000,
  },
});
