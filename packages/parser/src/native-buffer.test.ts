import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nativeBuffer } from "./native-buffer.js";

describe("nativeBuffer", () => {
  it("decodes any byte range as toString('utf8') does, broken sequences included", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 60 }), fc.nat(), fc.nat(), (bytes, a, b) => {
        const buffer = Buffer.from(bytes);
        const start = a % (buffer.length + 1);
        const end = start + (b % (buffer.length - start + 1));
        expect(nativeBuffer(buffer).utf8Slice(start, end)).toBe(
          buffer.toString("utf8", start, end),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("writes UTF-16 as write(..., 'utf16le') does, lone surrogates and a short room included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), fc.nat(90), (text, room) => {
        const expected = Buffer.alloc(100, 7);
        const actual = nativeBuffer(Buffer.alloc(100, 7));
        expect(actual.ucs2Write(text, 0, room)).toBe(expected.write(text, 0, room, "utf16le"));
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
