import { describe, expect, it } from "vitest";
import { createJobTimer, streamIdTime } from "./job-durations.js";

describe("job timer", () => {
  it("reads the time of a Redis stream id", () => {
    expect(streamIdTime("1712345678901-3")).toBe(1712345678901);
    expect(streamIdTime("nonsense")).toBeUndefined();
  });

  it("times a job from active to finished, once", () => {
    const timer = createJobTimer();
    timer.started("a", "1000-0");
    expect(timer.finished("a", "3500-1")).toBe(2.5);
    expect(timer.finished("a", "4000-0")).toBeUndefined();
    expect(timer.pending).toBe(0);
  });

  it("takes a retry's new start, and ignores jobs it never saw start", () => {
    const timer = createJobTimer();
    timer.started("a", "1000-0");
    timer.started("a", "5000-0");
    expect(timer.finished("a", "5100-0")).toBeCloseTo(0.1);
    expect(timer.finished("b", "5100-0")).toBeUndefined();
  });

  it("forgets the oldest when full", () => {
    const timer = createJobTimer(2);
    timer.started("a", "1-0");
    timer.started("b", "2-0");
    timer.started("c", "3-0");
    expect(timer.pending).toBe(2);
    expect(timer.finished("a", "9-0")).toBeUndefined();
  });
});
