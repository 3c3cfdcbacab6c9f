import { describe, expect, it } from "vitest";
import { countOf, formatBytes } from "./wording.js";

describe("countOf", () => {
  it("says one thing in the singular and any other number in the plural", () => {
    expect(countOf(1, "delivery", "deliveries")).toBe("1 delivery");
    expect(countOf(0, "delivery", "deliveries")).toBe("0 deliveries");
    expect(countOf(2, "subscriber")).toBe("2 subscribers");
    expect(countOf(1, "subscriber")).toBe("1 subscriber");
  });
});

describe("formatBytes", () => {
  it("names powers of two with binary units", () => {
    expect(formatBytes(1)).toBe("1 byte");
    expect(formatBytes(900)).toBe("900 bytes");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(102 * 1024)).toBe("102.0 KiB");
    expect(formatBytes(64 * 1024 * 1024)).toBe("64.0 MiB");
    expect(formatBytes(3 * 1024 * 1024 * 1024)).toBe("3.0 GiB");
  });
});
