import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Loading mjml takes ~0.5 s and a first compile ~0.1 s; slower on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
