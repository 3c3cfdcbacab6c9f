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

describe("the unsubscribe mailbox's settings", () => {
  it("runs no mailbox unless a port is set; listens on 127.0.0.1 by default", () => {
    expect(parseDigestEnv({}).UNSUBSCRIBE_SMTP_PORT).toBeUndefined();
    expect(parseDigestEnv({ UNSUBSCRIBE_SMTP_PORT: " " }).UNSUBSCRIBE_SMTP_PORT).toBeUndefined();
    expect(parseDigestEnv({}).UNSUBSCRIBE_SMTP_HOST).toBe("127.0.0.1");
    const env = parseDigestEnv({ UNSUBSCRIBE_SMTP_PORT: "2525", UNSUBSCRIBE_SMTP_HOST: "0.0.0.0" });
    expect(env).toMatchObject({ UNSUBSCRIBE_SMTP_PORT: 2525, UNSUBSCRIBE_SMTP_HOST: "0.0.0.0" });
  });

  it("refuses a port that is not one", () => {
    for (const port of ["0", "65536", "smtp", "25.5"]) {
      expect(() => parseDigestEnv({ UNSUBSCRIBE_SMTP_PORT: port }), port).toThrow(
        /UNSUBSCRIBE_SMTP_PORT/,
      );
    }
  });
});
