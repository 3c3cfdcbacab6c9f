import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { threadExecArgv } from "./thread-exec-argv.js";

describe("threadExecArgv", () => {
  it("keeps the process's own Node options", () => {
    expect(threadExecArgv().slice(0, process.execArgv.length)).toEqual(process.execArgv);
  });

  it("is accepted by a worker thread, which then loads ES modules by import() only", async () => {
    const dir = await mkdtemp(join(tmpdir(), "newsdesk-thread-argv-"));
    try {
      const esm = join(dir, "task.mjs");
      await writeFile(esm, "export const task = 1;\n");
      const worker = new Worker(
        "try { require(process.argv[2]); process.exit(3) } catch (e) { process.exit(e.code === 'ERR_REQUIRE_ESM' ? 0 : 4) }",
        { eval: true, execArgv: threadExecArgv(), argv: [esm] },
      );
      const code = await new Promise<number>((resolve) => worker.on("exit", resolve));
      expect(code).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
