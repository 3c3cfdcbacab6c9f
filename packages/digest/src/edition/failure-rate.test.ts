import { describe, expect, it } from "vitest";
import { pauseReason } from "./failure-rate.js";

describe("pauseReason", () => {
  const policy = { maxRate: 0.2, minSample: 20 };

  it("waits for the minimum sample", () => {
    expect(pauseReason({ finished: 19, failed: 19 }, policy)).toBeUndefined();
    expect(pauseReason({ finished: 0, failed: 0 }, { maxRate: 0, minSample: 0 })).toBeUndefined();
  });

  it("pauses above the rate, not at it", () => {
    expect(pauseReason({ finished: 20, failed: 4 }, policy)).toBeUndefined();
    expect(pauseReason({ finished: 20, failed: 5 }, policy)).toBe(
      "5 of 20 deliveries failed (25%, above EDITION_FAILURE_RATE 20%)",
    );
  });

  it("never pauses at a rate of 1", () => {
    expect(
      pauseReason({ finished: 50, failed: 50 }, { maxRate: 1, minSample: 20 }),
    ).toBeUndefined();
  });
});
