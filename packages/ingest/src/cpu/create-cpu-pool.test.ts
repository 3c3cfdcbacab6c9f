import { describe, expect, it } from "vitest";
import { cpuTasksFile } from "./create-cpu-pool.js";

describe("cpuTasksFile", () => {
  it("loads the built sibling from dist/ when running from TypeScript sources", () => {
    expect(cpuTasksFile("file:///repo/packages/ingest/src/cpu/create-cpu-pool.ts")).toBe(
      "/repo/packages/ingest/dist/cpu/cpu-tasks.js",
    );
  });

  it("loads its own sibling when built", () => {
    expect(cpuTasksFile("file:///repo/packages/ingest/dist/cpu/create-cpu-pool.js")).toBe(
      "/repo/packages/ingest/dist/cpu/cpu-tasks.js",
    );
  });

  it("changes only the last src/ of the path", () => {
    expect(cpuTasksFile("file:///src/app/packages/ingest/src/cpu/create-cpu-pool.ts")).toBe(
      "/src/app/packages/ingest/dist/cpu/cpu-tasks.js",
    );
  });
});
