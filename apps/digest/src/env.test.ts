import { describe, expect, it } from "vitest";
import { failurePolicyOf, InvalidDigestEnvError, parseDigestEnv, scheduleOf } from "./env.js";

describe("the digest's schedule and pause settings", () => {
  it("defaults to 06:00 daily, Monday weekly, pausing above 20% of at least 20", () => {
    const env = parseDigestEnv({});
    expect(scheduleOf(env)).toEqual({ hour: 6, weekday: 1 });
    expect(failurePolicyOf(env)).toEqual({ maxRate: 0.2, minSample: 20 });
  });

  it("reads weekday names, short names and numbers", () => {
    expect(parseDigestEnv({ DIGEST_WEEKDAY: "Friday" }).DIGEST_WEEKDAY).toBe(5);
    expect(parseDigestEnv({ DIGEST_WEEKDAY: "sun" }).DIGEST_WEEKDAY).toBe(0);
    expect(parseDigestEnv({ DIGEST_WEEKDAY: "3" }).DIGEST_WEEKDAY).toBe(3);
  });

  it("names every bad value", () => {
    const parse = () =>
      parseDigestEnv({ DIGEST_HOUR: "24", DIGEST_WEEKDAY: "someday", EDITION_FAILURE_RATE: "2" });
    expect(parse).toThrow(InvalidDigestEnvError);
    expect(parse).toThrow(
      /DIGEST_HOUR.*DIGEST_WEEKDAY: "someday" is not a weekday.*EDITION_FAILURE_RATE/,
    );
  });
});
