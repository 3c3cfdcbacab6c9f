import { describe, expect, it } from "vitest";
import { InvalidEnvError, parseEnv, runtimeEnv } from "./runtime-env.js";

describe("runtimeEnv", () => {
  it("gives every embedded default when nothing is set", () => {
    expect(parseEnv(runtimeEnv, {})).toEqual({
      REDIS_URL: undefined,
      DATABASE_URL: undefined,
      DATA_DIR: ".data",
      QUEUE_PREFIX: "{newsdesk}",
      JOB_LOCK_MS: 30_000,
      LOG_LEVEL: "info",
    });
  });

  it("treats an empty URL as unset", () => {
    expect(parseEnv(runtimeEnv, { REDIS_URL: "  ", DATABASE_URL: "" })).toMatchObject({
      REDIS_URL: undefined,
      DATABASE_URL: undefined,
    });
  });

  it("names every invalid variable at once", () => {
    const parse = () =>
      parseEnv(runtimeEnv, { REDIS_URL: "not a url", JOB_LOCK_MS: "5", LOG_LEVEL: "loud" });
    expect(parse).toThrow(InvalidEnvError);
    expect(parse).toThrow(/REDIS_URL.*JOB_LOCK_MS.*LOG_LEVEL.*\.env\.example/);
  });
});
