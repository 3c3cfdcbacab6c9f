import { describe, expect, it } from "vitest";
import { decoderSampleMode } from "./decoder-sample-mode.js";

describe("decoderSampleMode", () => {
  it("fits on whole stretches unless told otherwise", () => {
    expect(decoderSampleMode(undefined)).toBe("whole");
    expect(decoderSampleMode("")).toBe("whole");
  });

  it("takes a named mode", () => {
    expect(decoderSampleMode("mixed")).toBe("mixed");
  });

  it("refuses a mode it does not know, naming those it does", () => {
    expect(() => decoderSampleMode("own")).toThrow(/whole, true, path, mixed, whole-path/);
  });
});
