import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Property tests run from a fixed seed, so CI is repeatable; FC_SEED explores others.
    setupFiles: ["./src/test-support/fast-check-seed.ts"],
    // A hang guard, not a speed check: property tests run hundreds of parses, which a machine
    // at load 12 stretched past vitest's 5 s default.
    testTimeout: 30_000,
  },
});
