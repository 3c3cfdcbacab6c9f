import { formatBytes } from "@newsdesk/config";
import { describe, expect, it } from "vitest";
import { emailSize, GMAIL_CLIP_BYTES } from "./email-size.js";

describe("email size", () => {
  it("formats bytes the way Gmail counts them", () => {
    expect(formatBytes(900)).toBe("900 bytes");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(GMAIL_CLIP_BYTES)).toBe("102.0 KiB");
    expect(formatBytes(3 * 1024 * 1024)).toBe("3.0 MiB");
  });

  it("measures UTF-8 bytes, not characters", () => {
    expect(emailSize("é").bytes).toBe(2);
  });

  it("says ok, near or clipped against the limit", () => {
    expect(emailSize("x".repeat(1000), 2000)).toMatchObject({ level: "ok", percent: 50 });
    expect(emailSize("x".repeat(1700), 2000)).toMatchObject({ level: "near", percent: 85 });
    expect(emailSize("x".repeat(2001), 2000)).toMatchObject({ level: "clipped", percent: 100 });
    expect(emailSize("x".repeat(2000), 2000).level).toBe("near");
  });
});
