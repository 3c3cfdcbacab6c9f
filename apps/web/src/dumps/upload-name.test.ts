import { describe, expect, it } from "vitest";
import { uploadName } from "./upload-name.js";

describe("uploadName", () => {
  const now = new Date("2026-03-10T12:00:00.000Z");

  it("keeps the file's own name, without folders or control characters", () => {
    expect(uploadName("desk.txt", now)).toBe("desk.txt");
    expect(uploadName("C:\\dumps\\desk.txt", now)).toBe("desk.txt");
    expect(uploadName("../../etc/passwd", now)).toBe("passwd");
    expect(uploadName("a\r\nb.txt", now)).toBe("ab.txt");
    expect(uploadName("x".repeat(300), now)).toHaveLength(200);
  });

  it("names an anonymous upload after its time", () => {
    expect(uploadName(undefined, now)).toBe("upload-2026-03-10T12-00-00-000Z.txt");
    expect(uploadName("  ", now)).toBe("upload-2026-03-10T12-00-00-000Z.txt");
  });
});
