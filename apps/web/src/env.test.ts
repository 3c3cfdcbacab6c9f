import { describe, expect, it } from "vitest";
import { tooLargeAdvice } from "./dumps/receive-dump.js";
import { parseWebEnv } from "./env.js";

describe("the web app's address", () => {
  it("listens on this machine only unless HOST says otherwise", () => {
    expect(parseWebEnv({}).HOST).toBe("127.0.0.1");
    expect(parseWebEnv({ HOST: " 0.0.0.0 " }).HOST).toBe("0.0.0.0");
    expect(parseWebEnv({ HOST: " " }).HOST).toBe("127.0.0.1");
  });
});

describe("the upload limit", () => {
  it("is the parser's 64 MiB by default, and cannot pass it", () => {
    expect(parseWebEnv({}).MAX_DUMP_BYTES).toBe(64 * 1024 * 1024);
    expect(parseWebEnv({ MAX_DUMP_BYTES: "4096" }).MAX_DUMP_BYTES).toBe(4096);
    expect(() => parseWebEnv({ MAX_DUMP_BYTES: String(128 * 1024 * 1024) })).toThrow(
      /MAX_DUMP_BYTES can be 67108864 \(64 MiB\) at most: the parser reads no larger dump/,
    );
  });

  it("is said to be raisable only while it is under the parser's", () => {
    expect(tooLargeAdvice(4096)).toBe(
      "split it into smaller files, or raise MAX_DUMP_BYTES (up to 64.0 MiB)",
    );
    expect(tooLargeAdvice(64 * 1024 * 1024)).toBe("split it into smaller files");
  });
});
