import { describe, expect, it } from "vitest";
import { decoderSampleMode } from "./decoder-sample-mode.js";

describe("decoderSampleMode", () => {
  it("fits the whole articles on the decoder's own path unless told otherwise", () => {
    expect(decoderSampleMode(undefined)).toBe("path");
    expect(decoderSampleMode("")).toBe("path");
  });

  it("takes a named mode", () => {
    expect(decoderSampleMode("mixed")).toBe("mixed");
  });

  it("refuses a mode it does not know, naming those it does", () => {
    expect(() => decoderSampleMode("own")).toThrow(
      /whole, true, path, mixed, whole-path, path-unread/,
    );
  });
});
