import { describe, expect, it } from "vitest";
import { oneAtATime } from "./one-at-a-time.js";

/** A task that records when it starts and ends, and ends when told. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    open,
    task: async () => {
      log.push(`${name} start`);
      await opened;
      log.push(`${name} end`);
      if (name.startsWith("fail")) throw new Error(name);
      return name;
    },
  };
}

describe("oneAtATime", () => {
  it("starts a task of a key only after the earlier ones settled, failed ones included", async () => {
    const run = oneAtATime<number>();
    const log: string[] = [];
    const [first, second, third] = [gate(log, "fail-1"), gate(log, "b"), gate(log, "c")];
    const results = [run(7, first.task), run(7, second.task), run(7, third.task)];
    await Promise.resolve();
    expect(log).toEqual(["fail-1 start"]);
    first.open();
    await expect(results[0]).rejects.toThrow("fail-1");
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(["fail-1 start", "fail-1 end", "b start"]);
    expect(run.busy(7)).toBe(true);
    second.open();
    third.open();
    expect(await Promise.all(results.slice(1))).toEqual(["b", "c"]);
    expect(run.busy(7)).toBe(false);
  });

  it("runs tasks of different keys side by side", async () => {
    const run = oneAtATime<number>();
    const log: string[] = [];
    const [a, b] = [gate(log, "a"), gate(log, "b")];
    const both = Promise.all([run(1, a.task), run(2, b.task)]);
    await Promise.resolve();
    expect(log).toEqual(["a start", "b start"]);
    a.open();
    b.open();
    expect(await both).toEqual(["a", "b"]);
  });
});
