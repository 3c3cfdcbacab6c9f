import { describe, expect, it } from "vitest";
import { InvalidEnvError, parseWorkerEnv } from "./env.js";

describe("worker environment", () => {
  it("has embedded defaults for everything", () => {
    expect(parseWorkerEnv({})).toEqual({
      REDIS_URL: undefined,
      DATABASE_URL: undefined,
      DATA_DIR: ".data",
      INBOX_DIR: "./inbox",
      QUEUE_PREFIX: "{newsdesk}",
      INGEST_CONCURRENCY: 1,
      CLASSIFY_CONCURRENCY: 100,
      JOB_LOCK_MS: 30_000,
      LOG_LEVEL: "info",
    });
  });

  it("treats an empty URL as unset and reads numbers", () => {
    const env = parseWorkerEnv({ REDIS_URL: "", DATABASE_URL: " ", CLASSIFY_CONCURRENCY: "20" });
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.CLASSIFY_CONCURRENCY).toBe(20);
  });

  it("names every invalid variable before anything connects", () => {
    const parse = () => parseWorkerEnv({ REDIS_URL: "not a url", CLASSIFY_CONCURRENCY: "0" });
    expect(parse).toThrow(InvalidEnvError);
    expect(parse).toThrow(/REDIS_URL/);
    expect(parse).toThrow(/CLASSIFY_CONCURRENCY/);
  });
});
