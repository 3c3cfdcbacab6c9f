import { describe, expect, it } from "vitest";
import { ClosingSteps } from "./closing-steps.js";

function recordingLog() {
  const warnings: { fields: object; message: string }[] = [];
  return {
    warnings,
    warn: (fields: object, message: string) => warnings.push({ fields, message }),
  };
}

describe("ClosingSteps", () => {
  it("runs the steps last pushed first", async () => {
    const order: string[] = [];
    const steps = new ClosingSteps(recordingLog());
    steps.push("the store", async () => void order.push("store"));
    steps.push("the workers", async () => void order.push("workers"));
    expect(await steps.run()).toEqual([]);
    expect(order).toEqual(["workers", "store"]);
  });

  it("logs a step that throws, skips it and closes the rest", async () => {
    const log = recordingLog();
    const closed: string[] = [];
    const steps = new ClosingSteps(log);
    steps.push("the store", async () => void closed.push("store"));
    steps.push("the workers", async () => {
      throw new Error("Connection is closed.");
    });
    expect(await steps.run()).toEqual(["the workers"]);
    expect(closed).toEqual(["store"]);
    expect(log.warnings).toEqual([
      {
        fields: { step: "the workers", reason: "Connection is closed." },
        message: "could not close the workers: skipped",
      },
    ]);
  });

  it("gives up on a step that never ends once its service is gone, and stops watching after", async () => {
    const log = recordingLog();
    let gone: (why: string) => void = () => {};
    let watchStopped = false;
    const steps = new ClosingSteps(log);
    steps.push("the workers", () => new Promise<void>(() => {}), {
      giveUpWhen: (signal) => {
        signal.addEventListener("abort", () => {
          watchStopped = true;
        });
        return new Promise((resolve) => {
          gone = resolve;
        });
      },
    });
    const running = steps.run();
    gone("Redis stopped answering");
    expect(await running).toEqual(["the workers"]);
    expect(log.warnings[0]?.fields).toEqual({
      step: "the workers",
      reason: "Redis stopped answering",
    });
    expect(watchStopped).toBe(true);
  });

  it("bounds a step without a watch by the timeout", async () => {
    const log = recordingLog();
    const steps = new ClosingSteps(log, { timeoutMs: 1 });
    steps.push("the store", () => new Promise<void>(() => {}));
    expect(await steps.run()).toEqual(["the store"]);
    expect(log.warnings[0]?.fields).toEqual({
      step: "the store",
      reason: "not closed after 0.001 s",
    });
  });

  it("runs each step once", async () => {
    let runs = 0;
    const steps = new ClosingSteps(recordingLog());
    steps.push("the store", async () => void runs++);
    await steps.run();
    await steps.run();
    expect(runs).toBe(1);
  });
});
