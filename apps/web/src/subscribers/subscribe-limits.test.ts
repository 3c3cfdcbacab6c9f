import { describe, expect, it } from "vitest";
import { addressRateKey, waitInWords } from "./subscribe-limits.js";

describe("addressRateKey", () => {
  it("keys an address without holding it, whatever its case, padding or +tag", () => {
    const key = addressRateKey("secret-0123456789abcdef", "Ana@Example.org");
    expect(key).toBe(addressRateKey("secret-0123456789abcdef", " ana@example.org "));
    expect(key).not.toContain("ana");
    expect(key).toBe(addressRateKey("secret-0123456789abcdef", "ANA+news@example.org"));
    expect(key).not.toBe(addressRateKey("secret-0123456789abcdef", "bo@example.org"));
    expect(key).not.toBe(addressRateKey("another-secret-0123456789", "ana@example.org"));
  });
});

describe("waitInWords", () => {
  it.each([
    [1, "a minute"],
    [60, "a minute"],
    [61, "2 minutes"],
    [15 * 60, "15 minutes"],
    [3600, "an hour"],
    [3601, "2 hours"],
  ])("%i seconds is %s", (seconds, words) => {
    expect(waitInWords(seconds)).toBe(words);
  });
});
