import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Launching redis-server and waiting on job events on a busy 2-core machine.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
