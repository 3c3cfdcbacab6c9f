import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // PGlite's cold open takes seconds on a busy 2-core machine.
    hookTimeout: 60_000,
    testTimeout: 30_000,
    // expect.poll gives up after 1 s by default: what a busy 2-core machine may take to get there.
    expect: { poll: { timeout: 20_000 } },
  },
});
